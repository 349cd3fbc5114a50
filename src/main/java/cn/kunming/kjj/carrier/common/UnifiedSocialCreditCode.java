package cn.kunming.kjj.carrier.common;

import java.util.Optional;

/**
 * 统一社会信用代码 (GB 32100-2015). The check character follows GB/T 17710 (ISO 7064 MOD 31-3).
 * Characters 3–8 are an area code of the registering authority: deliberately not used to derive a tenant,
 * because they can be stale (REFERENCE.md).
 */
public record UnifiedSocialCreditCode(String value) {

    public static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    public UnifiedSocialCreditCode {
        var problem = check(value);
        if (problem.isPresent()) {
            throw new IllegalArgumentException(problem.get().key());
        }
    }

    /** A check that failed: a message key with its arguments, so that the UI can say what is wrong. */
    public record Problem(String key, Object... args) {
    }

    /** Parses user input: trims blanks and upper-cases, because people type codes in lower case. */
    public static String normalise(String raw) {
        return raw == null ? "" : raw.strip().toUpperCase(java.util.Locale.ROOT);
    }

    public static Optional<Problem> check(String code) {
        if (code == null || code.length() != 18) {
            return Optional.of(new Problem("uscc.length", code == null ? 0 : code.length()));
        }
        for (int i = 0; i < 18; i++) {
            char c = code.charAt(i);
            if (ALPHABET.indexOf(c) < 0) {
                return Optional.of(new Problem("uscc.alphabet", i + 1, String.valueOf(c)));
            }
        }
        for (int i = 2; i < 8; i++) {
            if (!Character.isDigit(code.charAt(i))) {
                return Optional.of(new Problem("uscc.area", i + 1, String.valueOf(code.charAt(i))));
            }
        }
        char expected = expectedCheckCharacter(code.substring(0, 17));
        if (code.charAt(17) != expected) {
            return Optional.of(new Problem("uscc.check", String.valueOf(code.charAt(17)), String.valueOf(expected)));
        }
        return Optional.empty();
    }

    /** The 18th character for the first 17; the input must already be in the alphabet. */
    public static char expectedCheckCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += ALPHABET.indexOf(first17.charAt(i)) * WEIGHTS[i];
        }
        int check = 31 - (sum % 31);
        return ALPHABET.charAt(check == 31 ? 0 : check);
    }

    @Override
    public String toString() {
        return value;
    }
}
