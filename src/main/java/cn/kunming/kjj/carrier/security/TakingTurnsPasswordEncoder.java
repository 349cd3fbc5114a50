package cn.kunming.kjj.carrier.security;

import org.jspecify.annotations.Nullable;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.util.concurrent.Semaphore;

/**
 * BCrypt, at most as many hashes at a time as the machine has cores (issue 27, decision 0043). A hash costs tens of
 * milliseconds of one core by design; when a wave of sign-ins arrives (200 people in 20 seconds) each on its own
 * request thread, dozens of hashes run at once and crowd the scheduler, and the officers already signed in wait behind
 * them for each click. Bounded, the sign-ins queue among themselves in order of arrival and the work of those signed
 * in keeps its share of the machine. The cost of each hash is unchanged (BCrypt's default strength): the bound spends
 * no security, only sign-in latency in a wave.
 */
final class TakingTurnsPasswordEncoder implements PasswordEncoder {

    private final PasswordEncoder delegate;
    private final Semaphore turns;

    TakingTurnsPasswordEncoder(PasswordEncoder delegate, int atOnce) {
        if (atOnce < 1) {
            throw new IllegalArgumentException("portal.security.password-hashes-at-once must be at least 1: " + atOnce);
        }
        this.delegate = delegate;
        this.turns = new Semaphore(atOnce, true);
    }

    /** The cores this JVM may use. */
    static int theCores() {
        return Math.max(1, Runtime.getRuntime().availableProcessors());
    }

    @Override
    public @Nullable String encode(@Nullable CharSequence rawPassword) {
        turns.acquireUninterruptibly();
        try {
            return delegate.encode(rawPassword);
        } finally {
            turns.release();
        }
    }

    @Override
    public boolean matches(@Nullable CharSequence rawPassword, @Nullable String encodedPassword) {
        turns.acquireUninterruptibly();
        try {
            return delegate.matches(rawPassword, encodedPassword);
        } finally {
            turns.release();
        }
    }

    @Override
    public boolean upgradeEncoding(@Nullable String encodedPassword) {
        return delegate.upgradeEncoding(encodedPassword);
    }
}
