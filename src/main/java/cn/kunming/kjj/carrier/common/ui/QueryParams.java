package cn.kunming.kjj.carrier.common.ui;

import org.jspecify.annotations.Nullable;
import com.vaadin.flow.router.QueryParameters;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Filters of a list written into and read from its URL, so that a figure can link to the list it counts and a
 * filtered list can be bookmarked. A value that does not parse is ignored, as if the parameter were absent.
 */
public final class QueryParams {

    private final Map<String, String> values = new LinkedHashMap<>();

    public QueryParams put(String name, @Nullable Object value) {
        if (value != null) {
            values.put(name, value instanceof Enum<?> e ? e.name() : value.toString());
        }
        return this;
    }

    public String href(String route) {
        return values.isEmpty() ? route : route + "?" + QueryParameters.simple(values).getQueryString();
    }

    public QueryParameters parameters() {
        return QueryParameters.simple(values);
    }

    /** A whole number within bounds; anything else (text, a fraction, a number too large to hold) is ignored. */
    public static @Nullable Integer readInt(QueryParameters query, String name, int min, int max) {
        Integer value = read(query, name, s -> Integer.valueOf(digits(s, 10)));
        return value == null || value < min || value > max ? null : value;
    }

    /** A record's number: positive and at most 18 digits, as the routes take them. */
    public static @Nullable Long readId(QueryParameters query, String name) {
        Long value = read(query, name, s -> Long.valueOf(digits(s, 18)));
        return value == null || value <= 0 ? null : value;
    }

    public static <T> @Nullable T read(QueryParameters query, String name, Function<String, T> parse) {
        List<String> given = query.getParameters().getOrDefault(name, List.of());
        if (given.isEmpty() || given.getFirst().isBlank()) {
            return null;
        }
        try {
            return parse.apply(given.getFirst());
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static String digits(String s, int most) {
        if (!s.matches("-?[0-9]{1," + most + "}")) {
            throw new NumberFormatException(s);
        }
        return s;
    }
}
