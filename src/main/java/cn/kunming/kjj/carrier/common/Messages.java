package cn.kunming.kjj.carrier.common;

import org.jspecify.annotations.Nullable;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The portal's message bundles (UTF-8 properties under {@code i18n/}): Chinese first, English for users who
 * choose it. Used by the UI and by the JSON API alike, so that both say the same thing.
 */
public final class Messages {

    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    public static final Locale ENGLISH = Locale.ENGLISH;
    private static final String BUNDLE = "i18n/messages";

    private Messages() {
    }

    public static boolean isEnglish(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage());
    }

    /** The text for a key; a missing key shows as {@code !key} rather than as nothing. */
    public static String get(String key, Locale locale, @Nullable Object... args) {
        Locale effective = isEnglish(locale) ? ENGLISH : CHINESE;
        try {
            String pattern = ResourceBundle.getBundle(BUNDLE, effective, ResourceBundle.Control.getNoFallbackControl(
                    ResourceBundle.Control.FORMAT_PROPERTIES)).getString(key);
            if (args.length == 0) {
                return pattern;
            }
            @Nullable Object[] translated = new @Nullable Object[args.length];
            for (int i = 0; i < args.length; i++) {
                translated[i] = switch (args[i]) {
                    case MessageKey k -> get(k.key(), effective);
                    case FieldName f -> f.label(effective);
                    case null, default -> args[i];
                };
            }
            return new MessageFormat(pattern, effective).format(translated);
        } catch (MissingResourceException e) {
            return "!" + key;
        }
    }

    /** The Chinese text, as official exports and documents are written. */
    public static String chinese(String key, @Nullable Object... args) {
        return get(key, CHINESE, args);
    }

    public static String of(PortalException e, Locale locale) {
        return get(e.messageKey(), locale, e.args());
    }
}
