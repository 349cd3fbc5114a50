package cn.kunming.kjj.carrier.operations;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.observation.SecurityObservationSettings;

/**
 * Spring Security observes only sign-ins. With a metrics registry present it would also wrap every secured service
 * call (an observation per {@code @PreAuthorize}: a fifth of a grid page's CPU beyond its SQL) and every filter of the
 * chain on every request in observations that nothing reads: no dashboard or alert uses
 * {@code spring_security_authorizations} or {@code spring_security_filterchains}, and requests keep their own
 * {@code http_server_requests} (decision 0041). Sign-ins stay observed ({@code spring_security_authentications}).
 */
@Configuration(proxyBeanMethods = false)
class SecurityObservations {

    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.withDefaults().shouldObserveRequests(false)
                .shouldObserveAuthorizations(false).shouldObserveAuthentications(true).build();
    }
}
