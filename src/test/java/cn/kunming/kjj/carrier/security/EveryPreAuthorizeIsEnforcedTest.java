package cn.kunming.kjj.carrier.security;

import cn.kunming.kjj.carrier.support.TestProfiles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.test.context.ActiveProfiles;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Method security runs {@code @PreAuthorize}'s interceptor alone (decision 0045). Generated over every secured method
 * of every service: a caller who is not signed in, and one signed in with no role of the portal, is refused before the
 * method runs (its arguments are all empty, so a method that ran would fail differently).
 */
@SpringBootTest
@ActiveProfiles(resolver = TestProfiles.class)
class EveryPreAuthorizeIsEnforcedTest {

    @Autowired
    ApplicationContext context;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @TestFactory
    Stream<DynamicTest> everySecuredServiceMethodRefusesACallerWithoutTheRoleBeforeItRuns() {
        List<DynamicTest> tests = new ArrayList<>();
        List<Object> services = context.getBeansWithAnnotation(Service.class).values().stream()
                .filter(bean -> AopUtils.getTargetClass(bean).getPackageName().startsWith("cn.kunming.kjj.carrier"))
                .sorted(Comparator.comparing(bean -> AopUtils.getTargetClass(bean).getName())).toList();
        for (Object bean : services) {
            Class<?> type = AopUtils.getTargetClass(bean);
            for (Method method : Arrays.stream(type.getDeclaredMethods())
                    .filter(m -> Modifier.isPublic(m.getModifiers()) && !m.isSynthetic() && !Modifier.isStatic(m.getModifiers()))
                    .filter(m -> secured(m) && !Access.ANYONE.equals(rule(m)))
                    .sorted(Comparator.comparing(Method::toString)).toList()) {
                tests.add(DynamicTest.dynamicTest(type.getSimpleName() + "." + method.getName() + " (" + rule(method) + ")",
                        () -> {
                            Method proxied = bean.getClass().getMethod(method.getName(), method.getParameterTypes());
                            SecurityContextHolder.clearContext();
                            assertThat(refusal(proxied, bean)).as("nobody signed in")
                                    .isInstanceOfAny(AuthenticationCredentialsNotFoundException.class, AccessDeniedException.class);
                            if (!Access.SIGNED_IN.equals(rule(method))) {
                                SecurityContextHolder.getContext().setAuthentication(
                                        new TestingAuthenticationToken("stranger", "n/a", "ROLE_NONE"));
                                assertThat(refusal(proxied, bean)).as("signed in without a role of the portal")
                                        .isInstanceOf(AccessDeniedException.class);
                            }
                        }));
            }
        }
        assertThat(tests).as("secured service methods").hasSizeGreaterThan(200);
        return tests.stream();
    }

    private static boolean secured(Method method) {
        return method.isAnnotationPresent(PreAuthorize.class) || method.getDeclaringClass().isAnnotationPresent(PreAuthorize.class);
    }

    private static String rule(Method method) {
        PreAuthorize rule = method.getAnnotation(PreAuthorize.class);
        return (rule != null ? rule : method.getDeclaringClass().getAnnotation(PreAuthorize.class)).value();
    }

    private static Throwable refusal(Method method, Object bean) throws IllegalAccessException {
        Object[] arguments = new Object[method.getParameterCount()];
        Class<?>[] types = method.getParameterTypes();
        for (int i = 0; i < types.length; i++) {
            arguments[i] = types[i].isPrimitive() ? java.lang.reflect.Array.get(java.lang.reflect.Array.newInstance(types[i], 1), 0) : null;
        }
        try {
            method.invoke(bean, arguments);
            return new AssertionError("the call ran");
        } catch (InvocationTargetException e) {
            return e.getCause();
        }
    }
}
