package cn.kunming.kjj.carrier.support;

import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.context.SpringBootTest;
import cn.kunming.kjj.carrier.authority.AuthorityScenario;
import cn.kunming.kjj.carrier.review.ReviewScenario;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A Spring test on the test database (H2, or the real server under the {@code mariadb} profile). */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@ActiveProfiles(resolver = TestProfiles.class)
@Import({MovableClock.Config.class, TypedIdsJdbc.class, Fixtures.class, ReviewScenario.class, AuthorityScenario.class,
        AuditTrail.class, Statements.class})
@Tag("database")
public @interface PortalSpringTest {
}
