package cn.kunming.kjj.carrier;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The executable jar's launcher looks each class up jar by jar, in Maven's order of the runtime class path (the jar's
 * {@code classpath.idx} is written from it). The jars the start loads most classes from are declared first in the pom
 * (decision 0045); this keeps them ahead of the rest. Reactor and Hibernate Validator, which nothing of the portal uses,
 * are left out.
 */
class StartupClasspathOrderTest {

    /** One class from each jar the start loads the most classes from, most first. */
    private static final List<String> BUSIEST_AT_START = List.of(
            "org.jooq.DSLContext",
            "org.springframework.core.SpringVersion",
            "tools.jackson.databind.ObjectMapper",
            "org.apache.catalina.core.StandardContext",
            "org.springframework.boot.SpringApplication",
            "com.vaadin.flow.server.VaadinService",
            "org.springframework.context.ApplicationContext",
            "org.springframework.web.client.RestClient",
            "com.mysql.cj.jdbc.Driver",
            "org.flywaydb.core.Flyway",
            "org.springframework.beans.factory.BeanFactory",
            "org.springframework.web.servlet.DispatcherServlet",
            "org.springframework.security.web.SecurityFilterChain",
            "org.springframework.boot.autoconfigure.SpringBootApplication",
            "org.springframework.security.core.Authentication",
            "org.springframework.security.config.annotation.web.builders.HttpSecurity",
            "org.springframework.boot.actuate.endpoint.annotation.Endpoint",
            "io.micrometer.core.instrument.MeterRegistry",
            "org.springframework.aop.framework.ProxyFactory",
            "tools.jackson.core.JsonParser",
            "org.springframework.expression.ExpressionParser",
            "org.springframework.transaction.PlatformTransactionManager");

    /** The first jar declared after them: Vaadin's Spring integration. */
    private static final String FIRST_OF_THE_REST = "com.vaadin.flow.spring.SpringServlet";

    @Test
    void theJarsTheStartLoadsMostClassesFromComeBeforeEveryOtherDependency() throws Exception {
        List<String> jars = jarsInClassPathOrder();
        int rest = jars.indexOf(jarOf(FIRST_OF_THE_REST));
        assertThat(rest).as("Vaadin's Spring integration is on the class path").isPositive();
        List<Integer> positions = new ArrayList<>();
        for (String className : BUSIEST_AT_START) {
            int position = jars.indexOf(jarOf(className));
            assertThat(position).as(className + " comes from a jar on the class path").isNotNegative();
            assertThat(position).as(className + "'s jar is looked up before Vaadin's Spring integration").isLessThan(rest);
            positions.add(position);
        }
        assertThat(positions).as("in the order of the classes the start loads from them").isSorted();
    }

    @Test
    void reactorIsNotOnTheClassPathSoSpringSetsUpNoReactiveSupport() {
        assertThat(getClass().getClassLoader().getResource("reactor/core/publisher/Flux.class")).isNull();
    }

    @Test
    void beanValidationHasNoProviderSoSpringBootsNoValidatorAtStart() {
        assertThat(getClass().getClassLoader().getResource("META-INF/services/jakarta.validation.spi.ValidationProvider")).isNull();
        assertThat(getClass().getClassLoader().getResource("org/springframework/boot/validation/autoconfigure/ValidationAutoConfiguration.class")).isNull();
    }

    private static String jarOf(String className) {
        URL resource = StartupClasspathOrderTest.class.getClassLoader().getResource(className.replace('.', '/') + ".class");
        assertThat(resource).as(className).isNotNull();
        String url = resource.toString();
        return url.substring(0, url.indexOf("!/"));
    }

    /** Every jar has a manifest; the class loader enumerates them in class path order. */
    private static List<String> jarsInClassPathOrder() throws IOException {
        List<String> jars = new ArrayList<>();
        for (URL manifest : Collections.list(StartupClasspathOrderTest.class.getClassLoader().getResources("META-INF/MANIFEST.MF"))) {
            String url = manifest.toString();
            if (url.startsWith("jar:")) {
                jars.add(url.substring(0, url.indexOf("!/")));
            }
        }
        return jars;
    }
}
