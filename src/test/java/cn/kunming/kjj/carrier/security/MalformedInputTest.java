package cn.kunming.kjj.carrier.security;

import cn.kunming.kjj.carrier.common.AccountId;
import cn.kunming.kjj.carrier.support.ForeignData;
import cn.kunming.kjj.carrier.support.ServiceArguments;
import cn.kunming.kjj.carrier.common.PortalException;
import cn.kunming.kjj.carrier.support.As;
import cn.kunming.kjj.carrier.support.MovableClock;
import cn.kunming.kjj.carrier.support.PortalSpringTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bad input through every service method, as the roles that own the records: overlong text, control characters,
 * markup, negative and huge numbers. Whatever a method makes of them, it answers with a message the user can act on
 * (a refusal naming what is wrong, or "not found") — never with a database error, a null pointer or any other
 * failure that would reach the user as a server error.
 */
@PortalSpringTest
@Transactional
class MalformedInputTest {

    private static final String OVERLONG = "长".repeat(5_000);
    private static final String CONTROL = "名称\u0000\u0007\u001b[31m\r\n\t";
    private static final String MARKUP = "<script>alert('x')</script><img src=x onerror=alert(1)>";

    @Autowired
    ApplicationContext context;
    @Autowired
    MovableClock clock;
    @Autowired
    cn.kunming.kjj.carrier.support.Fixtures fixtures;
    @Autowired
    cn.kunming.kjj.carrier.authority.AuthorityScenario authorities;

    @AfterEach
    void reset() {
        As.signOut();
        clock.reset();
    }

    private PortalUser account(Role role, String tenant) {
        AccountId id = fixtures.account(role, tenant, null, AccountStatus.ACTIVE);
        return new PortalUser(id, fixtures.username(id), "测试", role,
                tenant == null ? null : new cn.kunming.kjj.carrier.common.TenantId(tenant), null);
    }

    private record Bad(String name, Function<Class<?>, Object> value) {
    }

    @TestFactory
    Stream<DynamicTest> noServiceMethodFailsOnBadInputWithAServerError() {
        ForeignData.Owned owned = new ForeignData(context).owned();
        // the industry authority of the owned carrier's field: its nominations, opinions and remarks (decision 0030)
        cn.kunming.kjj.carrier.common.TenantId authority = authorities.authority("矩阵行业主管部门");
        As.role(Role.BUREAU_OFFICER, "KMKJJ");
        authorities.link(authority, context.getBean(cn.kunming.kjj.carrier.carrier.CarrierService.class)
                .register(cn.kunming.kjj.carrier.carrier.CarrierFilter.none()).stream()
                .filter(c -> c.id().value() == owned.carrier()).findFirst().orElseThrow().industryField());
        List<PortalUser> owners = List.of(account(Role.BUREAU_OFFICER, "KMKJJ"), account(Role.DISTRICT_OFFICER,
                ForeignData.OWNER), account(Role.ADMIN, null), account(Role.SECURITY_ADMIN, null),
                account(Role.INDUSTRY_AUTHORITY, authority.value()));
        List<Bad> bads = List.of(
                new Bad("overlong text", t -> t == String.class ? OVERLONG : null),
                new Bad("control characters", t -> t == String.class ? CONTROL : null),
                new Bad("markup", t -> t == String.class ? MARKUP : null),
                new Bad("negative numbers", t -> t == int.class || t == Integer.class ? -1
                        : t == java.math.BigDecimal.class ? new java.math.BigDecimal("-1") : null),
                new Bad("huge numbers", t -> t == int.class || t == Integer.class ? Integer.MAX_VALUE
                        : t == java.math.BigDecimal.class ? new java.math.BigDecimal("1e30") : null));
        List<DynamicTest> tests = new ArrayList<>();
        for (Object bean : context.getBeansWithAnnotation(Service.class).values().stream()
                .sorted(Comparator.comparing(b -> AopUtils.getTargetClass(b).getSimpleName())).toList()) {
            Class<?> type = AopUtils.getTargetClass(bean);
            if (!type.getPackageName().startsWith("cn.kunming.kjj.carrier")) {
                continue;
            }
            for (Method m : Arrays.stream(type.getDeclaredMethods()).filter(x -> Modifier.isPublic(x.getModifiers())
                    && !x.isSynthetic() && !Modifier.isStatic(x.getModifiers())).sorted(Comparator.comparing(Method::toString))
                    .toList()) {
                Transactional tx = m.getAnnotation(Transactional.class);
                if (tx != null && tx.propagation() == Propagation.MANDATORY) {
                    continue;
                }
                boolean takesText = Arrays.stream(m.getParameterTypes()).anyMatch(t -> t == String.class
                        || t == int.class || t == Integer.class || t == java.math.BigDecimal.class || t.isRecord());
                if (!takesText) {
                    continue;
                }
                for (Bad bad : bads) {
                    tests.add(DynamicTest.dynamicTest(type.getSimpleName() + "." + m.getName() + " with " + bad.name(),
                            () -> {
                                Method target = bean.getClass().getMethod(m.getName(), m.getParameterTypes());
                                for (PortalUser owner : owners) {
                                    As.signIn(owner);
                                    Object[] args = arguments(type, m, owned, bad);
                                    Throwable failure = call(target, bean, args);
                                    assertThat(failure == null || failure instanceof PortalException
                                            || failure instanceof AccessDeniedException
                                            || failure instanceof AuthorizationDeniedException)
                                            .as(type.getSimpleName() + "." + m.getName() + " as " + owner.role() + " with "
                                                    + bad.name() + " failed with " + failure).isTrue();
                                }
                            }));
                }
            }
        }
        assertThat(tests).hasSizeGreaterThan(100);
        return tests.stream();
    }

    private static Object[] arguments(Class<?> type, Method m, ForeignData.Owned owned, Bad bad) {
        Object[] args = new Object[m.getParameterCount()];
        for (int i = 0; i < args.length; i++) {
            Parameter p = m.getParameters()[i];
            Object value = bad.value().apply(p.getType());
            if (value == null && p.getType().isRecord() && !ServiceArguments.isTypedId(p.getType())) {
                value = record(p.getType(), bad, 0);
            }
            if (value == null) {
                value = ServiceArguments.idsFor(type, m, p, owned, -1);
            }
            if (value == null) {
                Long id = ServiceArguments.idFor(type, m, p, owned);
                value = id != null ? ServiceArguments.as(p.getType(), id) : ServiceArguments.plain(p.getType());
            }
            args[i] = value;
        }
        return args;
    }

    /** A record whose text and number parts are bad, the rest plain. */
    private static Object record(Class<?> type, Bad bad, int depth) {
        var parts = type.getRecordComponents();
        Object[] values = new Object[parts.length];
        for (int i = 0; i < parts.length; i++) {
            Object v = bad.value().apply(parts[i].getType());
            if (v == null && parts[i].getType().isRecord() && depth < 2) {
                v = record(parts[i].getType(), bad, depth + 1);
            }
            values[i] = v != null ? v : ServiceArguments.plain(parts[i].getType());
        }
        try {
            return type.getDeclaredConstructor(Arrays.stream(parts).map(c -> c.getType()).toArray(Class<?>[]::new))
                    .newInstance(values);
        } catch (InvocationTargetException refused) {
            return null;
        } catch (ReflectiveOperationException e) {
            return null;
        }
    }

    private static Throwable call(Method m, Object bean, Object[] args) {
        try {
            m.invoke(bean, args);
            return null;
        } catch (InvocationTargetException e) {
            return e.getCause();
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
