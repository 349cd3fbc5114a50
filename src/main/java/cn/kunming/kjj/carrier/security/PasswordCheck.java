package cn.kunming.kjj.carrier.security;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.jspecify.annotations.Nullable;

import java.util.concurrent.CompletableFuture;

/**
 * Checks a password against a stored hash, or against a dummy hash when the account is unknown, so that every answer
 * costs one BCrypt check: how long a refusal takes never tells an unknown name from a known or a locked one.
 */
@Component
class PasswordCheck {

    private final PasswordEncoder encoder;
    /** Hashed beside the start rather than in it: one BCrypt hash is about 0.08 s of a cold start (decision 0045). */
    private final CompletableFuture<String> unknownAccountHash;

    PasswordCheck(PasswordEncoder encoder) {
        this.encoder = encoder;
        this.unknownAccountHash = CompletableFuture.supplyAsync(() -> PasswordHashes.of(encoder, "unknown-account-timing-guard"));
    }

    /** True only for the right password of a known account (storedHash null: unknown). */
    boolean matches(@Nullable String password, @Nullable String storedHash) {
        boolean matches = encoder.matches(password == null ? "" : password,
                storedHash == null ? unknownAccountHash.join() : storedHash);
        return storedHash != null && matches;
    }
}
