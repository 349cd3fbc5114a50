package cn.kunming.kjj.carrier.security;

import org.springframework.security.crypto.password.PasswordEncoder;

import java.util.Objects;

/** The hash of a password to store. */
public final class PasswordHashes {

    private PasswordHashes() {
    }

    /**
     * Spring's {@link PasswordEncoder#encode} is declared to answer null, which it does only for a null password; the
     * portal never hashes a missing one (the policy refuses it first), so a null here is a programming error.
     */
    public static String of(PasswordEncoder encoder, String password) {
        return Objects.requireNonNull(encoder.encode(password), "a password encoder gave no hash");
    }
}
