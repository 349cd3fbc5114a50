package cn.kunming.kjj.carrier.common.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridMultiSelectionModel;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.QueryParameters;
import org.jspecify.annotations.Nullable;

import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/** What every officer's list does alike: keyboard opening, selection boxes, and its sort written as text. */
public final class ListGrids {

    private ListGrids() {
    }

    /**
     * Enter opens the row that has the keyboard focus (or the one row selected), as a click does: a reader who moves
     * through a list with the arrow keys need not reach for the mouse.
     */
    public static <T> void enterOpens(Grid<T> grid, Consumer<T> open) {
        enterOpens(grid, (row, column) -> open.accept(row));
    }

    /** As {@link #enterOpens(Grid, Consumer)}, told which column has the focus (a unit's column opens the unit). */
    public static <T> void enterOpens(Grid<T> grid, BiConsumer<T, Grid.@Nullable Column<T>> open) {
        FocusedRow<T> focused = new FocusedRow<>();
        grid.addCellFocusListener(e -> {
            focused.row = e.getItem().orElse(null);
            focused.column = e.getColumn().orElse(null);
        });
        Shortcuts.addShortcutListener(grid, () -> focused.or(grid).ifPresent(row -> open.accept(row,
                focused.row == null ? null : focused.column)), Key.ENTER).listenOn(grid);
    }

    /** Shows a list kept in memory (a short one) and returns its length, for the list's row count. */
    public static <T> int shown(Grid<T> grid, java.util.Collection<T> rows) {
        grid.setItems(rows);
        return rows.size();
    }

    /** Selection boxes in front of every row, and one in the header for all rows of the list as filtered. */
    public static <T> void selectable(Grid<T> grid) {
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        ((GridMultiSelectionModel<T>) grid.getSelectionModel())
                .setSelectAllCheckboxVisibility(GridMultiSelectionModel.SelectAllCheckboxVisibility.VISIBLE);
    }

    /**
     * The grid's sort as its sort property, {@code NAME} or {@code -NAME} (descending), for a list's address and for
     * a record's "next" that follows the list's order; null when the reader has not sorted.
     */
    public static <T> @Nullable String sortOf(Grid<T> grid) {
        return grid.getSortOrder().stream().findFirst()
                .flatMap(o -> o.getSorted().getSortOrder(o.getDirection()).findFirst())
                .map(o -> (o.getDirection() == SortDirection.DESCENDING ? "-" : "") + o.getSorted())
                .orElse(null);
    }

    /** Sorts the grid by the column of a sort property named in an address; an unknown one leaves it as it is. */
    public static <T> void sortBy(Grid<T> grid, @Nullable String sort) {
        if (sort == null || sort.isBlank() || sort.length() > 40) {
            return;
        }
        boolean descending = sort.startsWith("-");
        String property = descending ? sort.substring(1) : sort;
        grid.getColumns().stream().filter(c -> c.isSortable() && c.getSortOrder(SortDirection.ASCENDING)
                        .anyMatch(o -> o.getSorted().equals(property))).findFirst()
                .ifPresent(column -> grid.sort(List.of(new GridSortOrder<>(column, descending ? SortDirection.DESCENDING
                        : SortDirection.ASCENDING))));
    }

    /**
     * Scrolls to the position an address names ({@code pos}: the row opened before, within a million) and returns it;
     * 0 when the address names none, or nothing a list could hold.
     */
    public static int scrollBack(Grid<?> grid, QueryParameters address) {
        Integer pos = QueryParams.readInt(address, "pos", 0, 1_000_000);
        if (pos == null || pos == 0) {
            return 0;
        }
        grid.scrollToIndex(pos);
        return pos;
    }

    private static final class FocusedRow<T> {
        private @Nullable T row;
        private Grid.@Nullable Column<T> column;

        Optional<T> or(Grid<T> grid) {
            if (row != null) {
                return Optional.of(row);
            }
            return grid.getSelectedItems().size() == 1 ? grid.getSelectedItems().stream().findFirst() : Optional.empty();
        }
    }
}
