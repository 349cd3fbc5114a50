package cn.kunming.kjj.carrier.api;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.servers.Server;
import java.util.List;
import cn.kunming.kjj.carrier.security.ContentSecurityPolicy;
import org.springframework.beans.factory.ObjectProvider;
import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Lazy;
import org.springframework.core.Ordered;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import tools.jackson.databind.json.JsonMapper;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The public JSON API and its OpenAPI description get their own stateless filter chain, ahead of the Vaadin one:
 * no session, no CSRF token (no cookie authenticates a call), no login redirect.
 */
@Configuration(proxyBeanMethods = false)
class ApiConfig {

    @Bean
    @Order(1)
    SecurityFilterChain apiFilterChain(HttpSecurity http,
                                       ObjectProvider<ClientRegistrationRepository> registrations) throws Exception {
        String policy = ContentSecurityPolicy.of(registrations.getIfAvailable());
        return http.securityMatcher("/api/**", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html")
                .headers(headers -> headers.frameOptions(frame -> frame.deny())
                        .contentSecurityPolicy(csp -> csp.policyDirectives(policy)))
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .build();
    }

    /** Rate limit and body limit, ahead of Spring Security and of any parsing. */
    @Bean
    FilterRegistrationBean<ApiGuardFilter> apiGuard(ApiRateLimiter rateLimiter, JsonMapper json) {
        FilterRegistrationBean<ApiGuardFilter> registration = new FilterRegistrationBean<>(new ApiGuardFilter(rateLimiter, json));
        registration.addUrlPatterns("/api/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    /**
     * While Swagger UI is off, its files stay unserved too: springdoc only leaves out its page, and Spring's
     * {@code /webjars/} mapping (which the dashboards' charts need) would still hand out the UI from its jar.
     */
    @Bean
    @ConditionalOnProperty(name = "springdoc.swagger-ui.enabled", havingValue = "false")
    FilterRegistrationBean<Filter> swaggerUiFilesOff() {
        Filter notFound = (request, response, chain) -> ((HttpServletResponse) response).setStatus(HttpServletResponse.SC_NOT_FOUND);
        FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(notFound);
        registration.addUrlPatterns("/webjars/swagger-ui/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 5);
        return registration;
    }

    /** Static: a post-processor is created before this configuration's other beans. */
    @Bean
    static BeanFactoryPostProcessor apiDescriptionOnDemand() {
        return new ApiDescriptionOnDemand();
    }

    /**
     * Read by springdoc only, on the first request for the description. The server is the relative "/" (the host the
     * description was fetched from), so springdoc does not write the request's Host or forwarded host into it: the
     * description is the same for every reader, whatever headers a client sends.
     */
    @Bean
    @Lazy
    OpenAPI portalOpenApi() {
        return new OpenAPI().info(new Info().title("昆明市概念验证中心和中试平台管理系统 API")
                .description("Public endpoints of the Kunming carrier portal. Rules are named by their IDs in RULES.md.")
                .version("v1"))
                .servers(List.of(new Server().url("/").description("本门户 / this portal")));
    }
}
