package cn.kunming.kjj.carrier.security;

import cn.kunming.kjj.carrier.common.PortalException;

/** Minimum strength of a local password: at least 8 characters, with letters and digits. */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 8;

    private PasswordPolicy() {
    }

    public static void check(String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            throw new PortalException("password.tooShort", MIN_LENGTH);
        }
        boolean letter = password.chars().anyMatch(Character::isLetter);
        boolean digit = password.chars().anyMatch(Character::isDigit);
        if (!letter || !digit) {
            throw new PortalException("password.lettersAndDigits");
        }
    }
}
