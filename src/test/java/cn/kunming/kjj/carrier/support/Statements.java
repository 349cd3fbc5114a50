package cn.kunming.kjj.carrier.support;

import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.impl.DefaultExecuteListenerProvider;
import org.springframework.boot.jooq.autoconfigure.DefaultConfigurationCustomizer;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

import java.util.Arrays;

/**
 * Counts the statements jOOQ sends on the calling thread while a piece of work runs: for tests that a read does not
 * send more statements as it covers more rows.
 */
@TestConfiguration(proxyBeanMethods = false)
public class Statements {

    private static final ThreadLocal<int[]> COUNTING = new ThreadLocal<>();

    @Bean
    DefaultConfigurationCustomizer statementCounter() {
        ExecuteListener counter = new ExecuteListener() {
            @Override
            public void executeStart(ExecuteContext ctx) {
                int[] count = COUNTING.get();
                if (count != null) {
                    count[0]++;
                }
            }
        };
        return configuration -> {
            var existing = configuration.executeListenerProviders();
            var all = Arrays.copyOf(existing, existing.length + 1);
            all[existing.length] = new DefaultExecuteListenerProvider(counter);
            configuration.set(all);
        };
    }

    public static int during(Runnable work) {
        int[] count = {0};
        COUNTING.set(count);
        try {
            work.run();
        } finally {
            COUNTING.remove();
        }
        return count[0];
    }
}
