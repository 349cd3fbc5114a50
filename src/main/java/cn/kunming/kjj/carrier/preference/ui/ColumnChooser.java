package cn.kunming.kjj.carrier.preference.ui;

import cn.kunming.kjj.carrier.common.ui.ChoosableColumns;
import cn.kunming.kjj.carrier.preference.ColumnLayout;
import cn.kunming.kjj.carrier.preference.ListPreferenceService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.contextmenu.ContextMenu;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ObjectNode;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A list's column chooser: every column with a key can be hidden and shown again and resized by dragging its edge;
 * both are kept for the signed-in person on the server (per list), and the list opens so the next time. A column
 * without a key (selection, buttons) always stays. A grid's columns can also be resized; a {@code PagedTable}'s only
 * hidden and shown.
 */
public class ColumnChooser extends Button {

    private final transient ListPreferenceService preferences;
    private final String listKey;
    private final ChoosableColumns columns;
    private final @Nullable Grid<?> grid;
    private ColumnLayout layout;
    final ContextMenu menu;
    final Map<String, MenuItem> items = new LinkedHashMap<>();

    public ColumnChooser(ChoosableColumns columns, String listKey, ListPreferenceService preferences) {
        this(columns, null, listKey, preferences);
    }

    public ColumnChooser(Grid<?> grid, String listKey, ListPreferenceService preferences) {
        this(new GridColumns(grid), grid, listKey, preferences);
        grid.addColumnResizeListener(e -> {
            String key = e.getResizedColumn().getKey();
            String width = e.getResizedColumn().getWidth();
            if (key != null && width != null) {
                keep(layout.sized(key, width));
            }
        });
    }

    private ColumnChooser(ChoosableColumns columns, @Nullable Grid<?> grid, String listKey,
                          ListPreferenceService preferences) {
        super(VaadinIcon.COG_O.create());
        this.columns = columns;
        this.grid = grid;
        this.listKey = listKey;
        this.preferences = preferences;
        addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        setText(getTranslation("list.columns"));
        setTooltipText(getTranslation(grid == null ? "list.columnsHideHelp" : "list.columnsHelp"));
        layout = preferences.layout(listKey);
        menu = new ChoiceMenu(this);
        menu.setOpenOnClick(true);
        columns.keys().forEach(this::arrange);
    }

    /** A keyed column as the person left it: hidden if hidden; a grid's also resizable and at the width kept. */
    private void arrange(String key) {
        Grid.Column<?> column = grid == null ? null : grid.getColumnByKey(key);
        if (column != null) {
            column.setResizable(true);
            String width = layout.widths().get(key);
            if (width != null) {
                column.setAutoWidth(false);
                column.setFlexGrow(0);
                column.setWidth(width);
            }
        }
        columns.show(key, !layout.hidden().contains(key));
    }

    /**
     * A list that adds a column while it is shown (or has removed one) says so here: an added column (its key) is
     * arranged as the person left it, and the menu lists the columns anew when it next opens.
     */
    public void columnsChanged(@Nullable String added) {
        if (added != null) {
            arrange(added);
        }
        menu.removeAll();
        items.clear();
    }

    /** Shows or hides a column and keeps the choice; the last visible column cannot be hidden. */
    public void show(String key, boolean visible) {
        if (!columns.keys().contains(key)) {
            return;
        }
        long visibleColumns = columns.keys().stream().filter(columns::isShown).count();
        if (!visible && columns.isShown(key) && visibleColumns <= 1) {
            check(key, true);
            return;
        }
        columns.show(key, visible);
        check(key, visible);
        // what another tab of the same person changed meanwhile stays: the change is made to the layout as kept now
        keep(preferences.layout(listKey).hiding(key, !visible));
    }

    private void check(String key, boolean checked) {
        MenuItem item = items.get(key);
        if (item != null) {
            item.setChecked(checked);
        }
    }

    /**
     * The menu's entries, one per keyed column, made when it first opens: most pages never open it, and ten menu
     * items were a tenth of a list's session (issue 27).
     */
    private void listColumns() {
        if (!items.isEmpty()) {
            return;
        }
        for (String key : columns.keys()) {
            MenuItem item = menu.addItem(columns.header(key), e -> show(key, e.getSource().isChecked()));
            item.setCheckable(true);
            item.setChecked(columns.isShown(key));
            item.setKeepOpen(true);
            items.put(key, item);
        }
    }

    /**
     * The columns as the person keeps them now, which another tab of the same person may have changed since this page
     * was built: the menu opens on what the list will show.
     */
    void sinceAnotherTab() {
        ColumnLayout kept = preferences.layout(listKey);
        if (!kept.hidden().equals(layout.hidden())) {
            layout = kept;
            columns.keys().forEach(key -> {
                boolean shown = !kept.hidden().contains(key);
                if (columns.isShown(key) != shown) {
                    columns.show(key, shown);
                }
                check(key, shown);
            });
        }
    }

    /** A context menu that lists the columns just before it opens. */
    private final class ChoiceMenu extends ContextMenu {

        ChoiceMenu(Button target) {
            super(target);
        }

        @Override
        protected boolean onBeforeOpenMenu(ObjectNode details) {
            sinceAnotherTab();
            listColumns();
            return super.onBeforeOpenMenu(details);
        }
    }

    /** A grid's keyed columns as the chooser sees them; a column without a key (selection, buttons) is not one. */
    private record GridColumns(Grid<?> grid) implements ChoosableColumns {

        @Override
        public List<String> keys() {
            return grid.getColumns().stream().map(Grid.Column::getKey).filter(java.util.Objects::nonNull).toList();
        }

        @Override
        public String header(String key) {
            String header = grid.getColumnByKey(key).getHeaderText();
            return header == null ? key : header;
        }

        @Override
        public boolean isShown(String key) {
            return grid.getColumnByKey(key).isVisible();
        }

        @Override
        public void show(String key, boolean shown) {
            grid.getColumnByKey(key).setVisible(shown);
        }
    }

    private void keep(ColumnLayout next) {
        layout = next;
        preferences.save(listKey, next);
    }
}
