package cn.kunming.kjj.carrier.common;

import org.jspecify.annotations.Nullable;

import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.Optional;

/**
 * The longest text a form's record may carry, checked on the server whatever the browser let through: every text in
 * the record, its nested records and its lists. A rule of the input, not of the measures; the field names the
 * place, and the same limit is shown beside the field ({@code InputLimits.TEXT}).
 */
public final class TextLimits {

    public static final int TEXT = 20_000;

    private TextLimits() {
    }

    /** Refuses, naming the record's component, a text longer than the limit anywhere in the record. */
    public static void require(Object record) {
        firstTooLong(record, "").ifPresent(path -> {
            throw new PortalException("input.tooLongField", new FieldName(path), TEXT);
        });
    }

    static Optional<String> firstTooLong(@Nullable Object value, String path) {
        if (value instanceof String s) {
            return s.length() > TEXT ? Optional.of(path) : Optional.empty();
        }
        if (value instanceof Collection<?> items) {
            int i = 0;
            for (Object item : items) {
                Optional<String> found = firstTooLong(item, path + "[" + (++i) + "]");
                if (found.isPresent()) {
                    return found;
                }
            }
            return Optional.empty();
        }
        if (value != null && value.getClass().isRecord()) {
            for (RecordComponent c : value.getClass().getRecordComponents()) {
                try {
                    Optional<String> found = firstTooLong(c.getAccessor().invoke(value),
                            path.isEmpty() ? c.getName() : path + "." + c.getName());
                    if (found.isPresent()) {
                        return found;
                    }
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return Optional.empty();
    }
}
