package cn.kunming.kjj.carrier;

import cn.kunming.kjj.carrier.common.PortalException;
import org.aopalliance.intercept.MethodInterceptor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.aop.Advisor;
import org.springframework.aop.support.DefaultPointcutAdvisor;
import org.springframework.aop.support.annotation.AnnotationMatchingPointcut;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Role;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;

/**
 * The last line against bad input: a value the database refuses (too long for its column, naming a record that does
 * not exist) reaches the user as a refusal in their language, not as a server error. It wraps every service outside
 * its transaction, so the transaction has already rolled back and nothing of the request is kept. Services still
 * check what they can name precisely; this catches what they miss.
 */
@Configuration(proxyBeanMethods = false)
class InputRejectionConfig {

    private static final Logger log = LoggerFactory.getLogger(InputRejectionConfig.class);

    /** Infrastructure, like the transaction and security advisors, so that the same auto-proxy applies it. */
    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static Advisor refusedByTheDatabase() {
        MethodInterceptor translate = invocation -> {
            try {
                return invocation.proceed();
            } catch (DataIntegrityViolationException e) {
                log.warn("input refused by the database in {}: {}", invocation.getMethod(), e.getMostSpecificCause().getMessage());
                throw new PortalException("input.refusedByDatabase");
            }
        };
        DefaultPointcutAdvisor advisor = new DefaultPointcutAdvisor(new AnnotationMatchingPointcut(Service.class, true),
                translate);
        // outside the transaction (which rolls back first) and outside method security
        advisor.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return advisor;
    }
}
