package cn.kunming.kjj.carrier.security;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.jspecify.annotations.Nullable;

/**
 * Checks a password against a stored hash, or against a dummy hash when the account is unknown, so that every answer
 * costs one BCrypt check: how long a refusal takes never tells an unknown name from a known or a locked one.
 */
@Component
class PasswordCheck {

    private final PasswordEncoder encoder;
    private final String unknownAccountHash;

    PasswordCheck(PasswordEncoder encoder) {
        this.encoder = encoder;
        this.unknownAccountHash = PasswordHashes.of(encoder, "unknown-account-timing-guard");
    }

    /** True only for the right password of a known account (storedHash null: unknown). */
    boolean matches(@Nullable String password, @Nullable String storedHash) {
        boolean matches = encoder.matches(password == null ? "" : password,
                storedHash == null ? unknownAccountHash : storedHash);
        return storedHash != null && matches;
    }
}
