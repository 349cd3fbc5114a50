package cn.kunming.kjj.carrier.common.ui;

import com.vaadin.flow.di.Lookup;
import com.vaadin.flow.spring.security.VaadinRolePrefixHolder;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The services Vaadin looks up on every navigation and every call from the browser are looked up once; every other
 * service is asked for each time, as Vaadin's own lookup answers it (decision 0041).
 */
class LookupsOnceTest {

    /** Vaadin's lookup as seen from outside: answers from a map, counting what it was asked. */
    static final class CountingLookup implements Lookup {
        final Map<Class<?>, Object> services;
        final List<Class<?>> asked = new ArrayList<>();

        CountingLookup(Map<Class<?>, Object> services) {
            this.services = services;
        }

        @Override
        public synchronized <T> T lookup(Class<T> service) {
            asked.add(service);
            return service.cast(services.get(service));
        }

        @Override
        public synchronized <T> Collection<T> lookupAll(Class<T> service) {
            asked.add(service);
            return services.containsKey(service) ? List.of(service.cast(services.get(service))) : List.of();
        }
    }

    private final VaadinRolePrefixHolder prefix = new VaadinRolePrefixHolder("ROLE_");
    private final CountingLookup vaadins = new CountingLookup(Map.of(VaadinRolePrefixHolder.class, prefix,
            String.class, "a service asked for each time"));
    private final Lookup lookup = new LookupsOnce.Remembering(vaadins, LookupsOnce.FIXED);

    @Test
    void theRolePrefixHolderIsLookedUpOnceAndThenAnsweredTheSame() {
        for (int navigation = 0; navigation < 100; navigation++) {
            assertThat(lookup.lookup(VaadinRolePrefixHolder.class)).isSameAs(prefix);
        }
        assertThat(vaadins.asked).containsExactly(VaadinRolePrefixHolder.class);
    }

    @Test
    void aFixedServiceThatNoJarProvidesIsRememberedAsAbsent() {
        Class<?> templateHandler = LookupsOnce.FIXED.stream().filter(c -> c != VaadinRolePrefixHolder.class)
                .findFirst().orElseThrow();
        for (int call = 0; call < 100; call++) {
            assertThat(lookup.lookup(templateHandler)).isNull();
        }
        assertThat(vaadins.asked).containsExactly(templateHandler);
    }

    @Test
    void anyOtherServiceIsAskedForEachTimeAsBefore() {
        assertThat(lookup.lookup(String.class)).isEqualTo("a service asked for each time");
        assertThat(lookup.lookup(String.class)).isEqualTo("a service asked for each time");
        assertThat(lookup.lookup(Integer.class)).isNull();
        assertThat(lookup.lookupAll(VaadinRolePrefixHolder.class)).containsExactly(prefix);
        assertThat(lookup.lookupAll(VaadinRolePrefixHolder.class)).containsExactly(prefix);

        assertThat(vaadins.asked).containsExactly(String.class, String.class, Integer.class,
                VaadinRolePrefixHolder.class, VaadinRolePrefixHolder.class);
    }

    @Test
    void manyRequestsAtOnceAllGetTheSameHolder() throws Exception {
        ExecutorService requests = Executors.newFixedThreadPool(16);
        try {
            List<Future<VaadinRolePrefixHolder>> answers = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                answers.add(requests.submit(() -> lookup.lookup(VaadinRolePrefixHolder.class)));
            }
            for (Future<VaadinRolePrefixHolder> answer : answers) {
                assertThat(answer.get()).isSameAs(prefix);
            }
        } finally {
            requests.shutdownNow();
        }
        assertThat(vaadins.asked).containsExactly(VaadinRolePrefixHolder.class);
    }
}
