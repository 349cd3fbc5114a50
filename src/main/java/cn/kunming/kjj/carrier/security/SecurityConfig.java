package cn.kunming.kjj.carrier.security;

import cn.kunming.kjj.carrier.security.ui.LoginView;
import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategy;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

/** Views are guarded by Vaadin's navigation access control and services by method security, independently. */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfig {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, LocalAccountAuthenticationProvider localAccounts)
            throws Exception {
        http.authenticationProvider(localAccounts);
        // the portal's own stylesheet and scripts are public, like Vaadin's: the login page needs them
        http.authorizeHttpRequests(auth -> auth.requestMatchers("/styles/**", "/scripts/**").permitAll());
        http.headers(headers -> headers.frameOptions(frame -> frame.deny()));
        // Unknown addresses must reach Vaadin and get the same not-found page as a denied view (never a 403
        // that would tell "exists" from "does not exist"); anonymous visitors still go to the login page.
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)
                .anyRequest(AuthorizeHttpRequestsConfigurer.AuthorizedUrl::authenticated)).build();
    }

    /**
     * One strategy instance per JVM, not per application context: method security and the code that signs a
     * user in must share one holder, also when tests run several contexts side by side.
     */
    private static final VaadinAwareSecurityContextHolderStrategy CONTEXT_HOLDER =
            new VaadinAwareSecurityContextHolderStrategy();

    @Bean
    static SecurityContextHolderStrategy securityContextHolderStrategy() {
        SecurityContextHolder.setContextHolderStrategy(CONTEXT_HOLDER);
        return CONTEXT_HOLDER;
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }
}
