package cn.kunming.kjj.carrier.security;

import cn.kunming.kjj.carrier.security.ui.LoginView;
import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategy;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.aop.Advisor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Role;
import org.springframework.security.authorization.method.AuthorizationManagerBeforeMethodInterceptor;
import org.springframework.security.authorization.method.PreAuthorizeAuthorizationManager;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.session.HttpSessionEventPublisher;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.config.annotation.web.configuration.WebSecurityCustomizer;
import org.springframework.security.web.firewall.StrictHttpFirewall;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;

/**
 * Views are guarded by Vaadin's navigation access control and services by method security, independently.
 * Local accounts and the government identity provider (profile {@code sso}) can be on together or alone.
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity(prePostEnabled = false)
class SecurityConfig {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, LocalAccountAuthenticationProvider localAccounts,
                                            ObjectProvider<ClientRegistrationRepository> registrations,
                                            PortalOidcUserService oidcUsers, SessionRegistry sessions,
                                            com.vaadin.flow.spring.security.RequestUtil vaadinRequests,
                                            @Value("${portal.session.max-per-account:2}") int maxSessions)
            throws Exception {
        http.authenticationProvider(localAccounts.provider());
        ClientRegistrationRepository identityProviders = registrations.getIfAvailable();
        String contentSecurityPolicy = ContentSecurityPolicy.of(identityProviders);
        http.headers(headers -> headers
                .frameOptions(frame -> frame.deny())
                .contentSecurityPolicy(csp -> csp.policyDirectives(contentSecurityPolicy))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                .permissionsPolicyHeader(permissions -> permissions.policy("camera=(), microphone=(), geolocation=()"))
                .httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000))
                // written before the request goes on: Vaadin's page for anonymous views commits the response through
                // a path that the default "on commit" writing misses
                .addObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                    @Override
                    public <O extends HeaderWriterFilter> O postProcess(O filter) {
                        filter.setShouldWriteHeadersEagerly(true);
                        return filter;
                    }
                }));
        // a sign-in beyond the limit, on any node, ends the least recently used session of the same account
        http.sessionManagement(session -> session.maximumSessions(maxSessions).sessionRegistry(sessions)
                .expiredSessionStrategy(new SessionEndedByLimit(vaadinRequests::isFrameworkInternalRequest)));
        // the portal's own stylesheet and scripts are public, like Vaadin's: the login page needs them
        http.authorizeHttpRequests(auth -> auth.requestMatchers("/styles/**", "/scripts/**", "/webjars/**").permitAll());
        ClientRegistrationRepository providers = identityProviders;
        if (providers != null) {
            DefaultOAuth2AuthorizationRequestResolver pkce =
                    new DefaultOAuth2AuthorizationRequestResolver(providers, "/oauth2/authorization");
            pkce.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());
            http.oauth2Login(oauth -> oauth.loginPage("/login")
                    .authorizationEndpoint(endpoint -> endpoint.authorizationRequestResolver(pkce))
                    .userInfoEndpoint(userInfo -> userInfo.oidcUserService(oidcUsers))
                    .failureHandler(new NoAccessFailureHandler()));
        }
        // Vaadin exempts its own requests (they carry Vaadin's token) and also the form login from Spring's CSRF check;
        // a login without the token would let another site sign the browser into the attacker's account (login
        // CSRF), so only Vaadin's own requests are exempt. The login page carries the token as a meta tag, which the
        // login form sends with the credentials.
        http.csrf(csrf -> csrf.ignoringRequestMatchers(vaadinRequests::isFrameworkInternalRequest));
        // Unknown addresses must reach Vaadin and get the same not-found page as a denied view (never a 403
        // that would tell "exists" from "does not exist"); anonymous visitors still go to the login page.
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> {
            vaadin.enableCsrfConfiguration(false);
            vaadin.loginView(LoginView.class).anyRequest(AuthorizeHttpRequestsConfigurer.AuthorizedUrl::authenticated);
            if (providers != null) {
                // RP-initiated logout: signing out of the portal also ends the provider session
                OidcClientInitiatedLogoutSuccessHandler logout = new OidcClientInitiatedLogoutSuccessHandler(providers);
                logout.setPostLogoutRedirectUri("{baseUrl}/login");
                logout.setDefaultTargetUrl("/login");
                vaadin.logoutSuccessHandler(logout);
            }
        }).build();
    }

    /**
     * Spring's strict firewall, refusing also a host name longer than DNS allows (253 characters) before anything echoes
     * it: the redirect to the login page names the request's host, and a host of some 8,000 characters made a header
     * too large to send, a 500 and a stack trace in the log for anyone to flood.
     */
    @Bean
    WebSecurityCustomizer hostNamesDnsCanHold() {
        StrictHttpFirewall firewall = new StrictHttpFirewall();
        firewall.setAllowedHostnames(host -> host.length() <= LONGEST_HOST_NAME);
        return web -> web.httpFirewall(firewall);
    }

    static final int LONGEST_HOST_NAME = 253;

    /**
     * The limit of sessions per account holds across all nodes: the sessions are registered in the database
     * ({@link SharedSessionRegistry}), on the machine's real clock.
     */
    @Bean
    SharedSessionSettings sharedSessionSettings(@Value("${portal.node-route:}") String nodeRoute,
                                                @Value("${portal.session.max-per-account:2}") int maxSessions,
                                                @Value("${server.servlet.session.timeout:30m}") Duration timeout,
                                                @Value("${portal.session.registry-check-every:PT5S}") Duration checkEvery) {
        return new SharedSessionSettings(nodeRoute, maxSessions, timeout, checkEvery, Clock.system(ZoneId.of("Asia/Shanghai")));
    }

    /** Tells the session registry when a session ends, so that a signed-out session no longer counts. */
    @Bean
    static HttpSessionEventPublisher httpSessionEventPublisher() {
        return new HttpSessionEventPublisher();
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

    /**
     * Services are secured with {@code @PreAuthorize} alone (ArchitectureTest), so only its interceptor is set up. The
     * default set adds {@code @PostAuthorize}, {@code @PreFilter} and {@code @PostFilter}, and each is matched against
     * every method of every bean when the portal starts: about 0.3 s of a cold start for three annotations nothing
     * uses (decision 0045).
     */
    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static Advisor preAuthorizeInterceptor(ApplicationContext context) {
        PreAuthorizeAuthorizationManager rules = new PreAuthorizeAuthorizationManager();
        rules.setApplicationContext(context);
        AuthorizationManagerBeforeMethodInterceptor interceptor = AuthorizationManagerBeforeMethodInterceptor.preAuthorize(rules);
        interceptor.setSecurityContextHolderStrategy(CONTEXT_HOLDER);
        return interceptor;
    }

    /** BCrypt at its default strength, at most {@code portal.security.password-hashes-at-once} hashes at a time (0: as many as cores). */
    @Bean
    PasswordEncoder passwordEncoder(@Value("${portal.security.password-hashes-at-once:0}") int atOnce) {
        return new TakingTurnsPasswordEncoder(new BCryptPasswordEncoder(),
                atOnce == 0 ? TakingTurnsPasswordEncoder.theCores() : atOnce);
    }
}
