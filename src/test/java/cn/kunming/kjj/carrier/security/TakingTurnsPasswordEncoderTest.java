package cn.kunming.kjj.carrier.security;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Password hashes take turns: never more at once than allowed, each answer the delegate's own. */
class TakingTurnsPasswordEncoderTest {

    /** A slow encoder that counts how many of its calls run at the same moment. */
    private static final class Counting implements PasswordEncoder {
        final AtomicInteger running = new AtomicInteger();
        final AtomicInteger most = new AtomicInteger();

        private <T> T slowly(java.util.function.Supplier<T> work) {
            most.accumulateAndGet(running.incrementAndGet(), Math::max);
            try {
                Thread.sleep(20);
                return work.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            } finally {
                running.decrementAndGet();
            }
        }

        @Override
        public String encode(CharSequence raw) {
            return slowly(() -> "hash:" + raw);
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            return slowly(() -> encoded.equals("hash:" + raw));
        }
    }

    private static int mostAtOnce(int allowed, int callers) throws Exception {
        Counting counting = new Counting();
        PasswordEncoder encoder = new TakingTurnsPasswordEncoder(counting, allowed);
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Boolean>> answers = new ArrayList<>();
            for (int i = 0; i < callers; i++) {
                int n = i;
                answers.add(pool.submit(() -> {
                    start.await();
                    return n % 2 == 0 ? encoder.matches("密码" + n, "hash:密码" + n)
                            : encoder.encode("密码" + n).equals("hash:密码" + n);
                }));
            }
            start.countDown();
            for (Future<Boolean> answer : answers) {
                assertThat(answer.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
        return counting.most.get();
    }

    @Test
    void twentySignInsAtOnceHashOneAtATimeWhenOneIsAllowed() throws Exception {
        assertThat(mostAtOnce(1, 20)).isEqualTo(1);
    }

    @Test
    void twentySignInsAtOnceNeverHashMoreThanTwoAtATimeWhenTwoAreAllowed() throws Exception {
        assertThat(mostAtOnce(2, 20)).isBetween(1, 2);
    }

    @Test
    void bcryptAnswersAsBeforeAndItsStrengthIsTheDefault() {
        PasswordEncoder encoder = new TakingTurnsPasswordEncoder(new BCryptPasswordEncoder(), 1);
        String hash = encoder.encode("Demo@2026");
        assertThat(hash).startsWith("$2a$10$");
        assertThat(encoder.matches("Demo@2026", hash)).isTrue();
        assertThat(encoder.matches("demo@2026", hash)).isFalse();
        assertThat(encoder.upgradeEncoding(hash)).isFalse();
    }

    @Test
    void noTurnsAtAllIsRefusedAtStart() {
        assertThatThrownBy(() -> new TakingTurnsPasswordEncoder(new BCryptPasswordEncoder(), 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("password-hashes-at-once");
    }

    @Test
    void byDefaultAsManyHashesAsCoresAndNeverFewerThanOne() {
        assertThat(TakingTurnsPasswordEncoder.theCores()).isPositive()
                .isEqualTo(Math.max(1, Runtime.getRuntime().availableProcessors()));
    }
}
