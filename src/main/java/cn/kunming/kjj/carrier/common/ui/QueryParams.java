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
}
