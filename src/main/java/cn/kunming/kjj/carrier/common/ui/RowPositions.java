package cn.kunming.kjj.carrier.common.ui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Where each row of a lazy list stood when its page was read, so that the position of the row a reader opens goes
 * into the list's address and the list scrolls back there on return. Keeps the last few pages only: the session holds
 * no list (decision 0019).
 */
public final class RowPositions<T> {

    private static final int KEPT = 600;

    private final Function<T, Object> key;
    // grows with the pages read: sized for all it may keep, a list's 25 rows held a table of 1,024 (issue 27)
    private final Map<Object, Integer> positions = new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Object, Integer> eldest) {
            return size() > KEPT;
        }
    };

    public RowPositions(Function<T, Object> key) {
        this.key = key;
    }

    /** Passes a page through, noting each row's position in the whole list. */
    public Stream<T> page(List<T> rows, int offset) {
        for (int i = 0; i < rows.size(); i++) {
            positions.put(key.apply(rows.get(i)), offset + i);
        }
        return rows.stream();
    }

    /** The row's position, or 0 when its page is no longer known. */
    public int of(T row) {
        return positions.getOrDefault(key.apply(row), 0);
    }
}
