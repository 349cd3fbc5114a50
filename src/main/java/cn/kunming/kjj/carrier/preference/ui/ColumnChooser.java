package cn.kunming.kjj.carrier.preference.ui;

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
import java.util.Map;

/**
 * A list's column chooser: every column with a key can be hidden and shown again and resized by dragging its edge;
 * both are kept for the signed-in person on the server (per list), and the list opens so the next time. A column
 * without a key (selection, buttons) always stays.
 */
public class ColumnChooser extends Button {

    private final transient ListPreferenceService preferences;
    private final String listKey;
    private final Grid<?> grid;
    private ColumnLayout layout;
    final ContextMenu menu;
    final Map<String, MenuItem> items = new LinkedHashMap<>();

    public ColumnChooser(Grid<?> grid, String listKey, ListPreferenceService preferences) {
        super(VaadinIcon.COG_O.create());
        this.grid = grid;
        this.listKey = listKey;
        this.preferences = preferences;
        addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        setText(getTranslation("list.columns"));
        setTooltipText(getTranslation("list.columnsHelp"));
        layout = preferences.layout(listKey);
        menu = new ChoiceMenu(this);
        menu.setOpenOnClick(true);
        grid.getColumns().forEach(this::arrange);
        grid.addColumnResizeListener(e -> {
            String key = e.getResizedColumn().getKey();
            String width = e.getResizedColumn().getWidth();
            if (key != null && width != null) {
                keep(layout.sized(key, width));
            }
        });
    }

    /** A keyed column as the person left it: resizable, at the width kept, hidden if hidden. */
    private void arrange(Grid.Column<?> column) {
        String key = column.getKey();
        if (key == null) {
            return;
        }
        column.setResizable(true);
        String width = layout.widths().get(key);
        if (width != null) {
            column.setAutoWidth(false);
            column.setFlexGrow(0);
            column.setWidth(width);
        }
        column.setVisible(!layout.hidden().contains(key));
    }

    /**
     * A list that adds a column while it is shown (or has removed one) says so here: an added column is arranged as
     * the person left it, and the menu lists the columns anew when it next opens.
     */
    public void columnsChanged(Grid.@Nullable Column<?> added) {
        if (added != null) {
            arrange(added);
        }
        menu.removeAll();
        items.clear();
    }

    /** Shows or hides a column and keeps the choice; the last visible column cannot be hidden. */
    public void show(String key, boolean visible) {
        Grid.Column<?> column = grid.getColumnByKey(key);
        if (column == null) {
            return;
        }
        long visibleColumns = grid.getColumns().stream().filter(c -> c.getKey() != null && c.isVisible()).count();
        if (!visible && column.isVisible() && visibleColumns <= 1) {
            check(key, true);
            return;
        }
        column.setVisible(visible);
        check(key, visible);
        keep(layout.hiding(key, !visible));
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
        for (Grid.Column<?> column : grid.getColumns()) {
            String key = column.getKey();
            if (key == null) {
                continue;
            }
            MenuItem item = menu.addItem(column.getHeaderText() == null ? key : column.getHeaderText(),
                    e -> show(key, e.getSource().isChecked()));
            item.setCheckable(true);
            item.setChecked(column.isVisible());
            item.setKeepOpen(true);
            items.put(key, item);
        }
    }

    /** A context menu that lists the columns just before it opens. */
    private final class ChoiceMenu extends ContextMenu {

        ChoiceMenu(Button target) {
            super(target);
        }

        @Override
        protected boolean onBeforeOpenMenu(ObjectNode details) {
            listColumns();
            return super.onBeforeOpenMenu(details);
        }
    }

    private void keep(ColumnLayout next) {
        layout = next;
        preferences.save(listKey, next);
    }
}
