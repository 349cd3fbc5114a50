package cn.kunming.kjj.carrier.operations;

import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The actuator's endpoints (health, info, prometheus) live on the management port only ({@code management.server.port},
 * 8081 by default), which the proxy does not publish: the load balancer, the container engine and Prometheus reach it
 * from inside. There they are open, without session or CSRF; the portal's own chain (sign-in, Vaadin) never sees
 * them. On the application port the matcher does not apply (the endpoints are not there), so {@code /actuator/…}
 * meets the portal's chain like any unknown address: the login page, then Vaadin's not-found page.
 */
@Configuration(proxyBeanMethods = false)
class ManagementSecurityConfig {

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    SecurityFilterChain managementSecurityFilterChain(HttpSecurity http) throws Exception {
        return http.securityMatcher(EndpointRequest.toAnyEndpoint())
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .securityContext(context -> context.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .build();
    }
}
