package cn.kunming.kjj.carrier.security;

import cn.kunming.kjj.carrier.common.PortalException;
import org.jspecify.annotations.Nullable;

import java.util.Locale;
import java.util.regex.Pattern;

/** The one rule for local usernames: 3–64 lower-case letters, digits, dots, underscores or hyphens. */
public final class Usernames {

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,63}");

    private Usernames() {
    }

    /** The username as stored (trimmed, lower-case), or a refusal saying what a username may contain. */
    public static String normalised(@Nullable String raw) {
        String username = raw == null ? "" : raw.strip().toLowerCase(Locale.ROOT);
        if (!USERNAME.matcher(username).matches()) {
            throw new PortalException("account.usernameInvalid");
        }
        return username;
    }
}
