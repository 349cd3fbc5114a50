package cn.kunming.kjj.carrier.security;

import cn.kunming.kjj.carrier.common.PortalException;
import org.jspecify.annotations.Nullable;

import java.util.Locale;

/**
 * Strength of a local password (等保2.0 level 3, identification): at least 8 characters, of at least three of the
 * four kinds (capital letters, small letters, digits, other characters), and not containing the username.
 * History and age are kept by {@link PasswordService}.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 8;
    public static final int MIN_KINDS = 3;

    private PasswordPolicy() {
    }

    public static void check(@Nullable String password) {
        check(password, null);
    }

    public static void check(@Nullable String password, @Nullable String username) {
        if (password == null || password.length() < MIN_LENGTH) {
            throw new PortalException("password.tooShort", MIN_LENGTH);
        }
        if (kinds(password) < MIN_KINDS) {
            throw new PortalException("password.kinds", MIN_KINDS);
        }
        if (username != null && username.strip().length() >= 3
                && password.toLowerCase(Locale.ROOT).contains(username.strip().toLowerCase(Locale.ROOT))) {
            throw new PortalException("password.containsUsername");
        }
    }

    static int kinds(String password) {
        boolean upper = password.chars().anyMatch(Character::isUpperCase);
        boolean lower = password.chars().anyMatch(Character::isLowerCase);
        boolean digit = password.chars().anyMatch(Character::isDigit);
        boolean other = password.chars().anyMatch(c -> !Character.isLetterOrDigit(c));
        return (upper ? 1 : 0) + (lower ? 1 : 0) + (digit ? 1 : 0) + (other ? 1 : 0);
    }
}
