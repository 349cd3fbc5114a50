package cn.kunming.kjj.carrier.security;

import org.jspecify.annotations.Nullable;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.util.concurrent.Semaphore;

/**
 * BCrypt, at most a few hashes at a time (issue 27, decision 0043). A hash costs tens of milliseconds of one core by
 * design; when a wave of sign-ins arrives (the office opening, 200 people in 20 seconds) unbounded hashing takes every
 * core, and the officers already signed in wait behind it for each click. With at most half the cores hashing, the
 * sign-ins queue among themselves, in order of arrival, and the work of those signed in keeps the other half. The cost
 * of each hash is unchanged (BCrypt's default strength): the limit spends no security, only sign-in latency in a wave.
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

    /** Half the machine's cores, at least one. */
    static int halfTheCores() {
        return Math.max(1, Runtime.getRuntime().availableProcessors() / 2);
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
