package cn.kunming.kjj.carrier.common.ui;

import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.dom.DomEvent;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * A list shown a page at a time, whose page the browser fetches as markup ({@link PagedTableMarkup}) from an address
 * of the portal that reads it in the reader's scope: the rows never enter the Vaadin session, which keeps the page's
 * address, the columns' keys and headers (for the chooser) and the ids ticked. Its links (rows, headers, pager) are
 * the list's own addresses, opened by the portal's router. A Vaadin grid's columns and rows were most of a list's
 * session (decision 0044).
 */
public class PagedTable extends Div implements ChoosableColumns {

    public static final int PAGE_SIZE = PagedTableMarkup.PAGE_SIZE;
    /** As many rows as one action or export takes at once (a forged stream of events cannot grow a session either). */
    static final int MOST_TICKED = cn.kunming.kjj.carrier.common.BulkOutcome.MOST;
    private static final Pattern ID = Pattern.compile("[1-9][0-9]{0,17}");

    /**
     * Fetches the page, shows it and ticks the boxes of the rows ticked before; one that a later load has replaced is
     * dropped; a page that is not rows (the session ended: the login page) says so instead.
     */
    private static final String LOAD = """
            const el = this; const url = $0; const ticked = new Set($1 ? $1.split(',') : []);
            el.dataset.source = url;
            fetch(url, {credentials: 'same-origin', redirect: 'error', cache: 'no-store'})
              .then(r => r.ok && r.headers.get('X-Portal-Rows') ? r.text() : Promise.reject(r.status))
              .then(html => {
                if (el.dataset.source !== url) return;
                el.innerHTML = html;
                const boxes = [...el.querySelectorAll('tbody input[type=checkbox]')];
                boxes.forEach(b => b.checked = ticked.has(b.value));
                const all = el.querySelector('thead input[type=checkbox]');
                if (all) {
                  const mark = () => all.checked = boxes.length > 0 && boxes.every(b => b.checked);
                  mark();
                  all.addEventListener('change', () => boxes.forEach(b => b.checked = all.checked));
                  boxes.forEach(b => b.addEventListener('change', mark));
                }
                el.$server.shown();
              })
              .catch(() => { if (el.dataset.source === url) el.textContent = $2; });
            """;

    private final Map<String, String> headers = new LinkedHashMap<>();
    private final Set<String> hidden = new HashSet<>();
    private final Set<Long> selected;
    private final transient Function<String, String> rendered;
    private final Runnable reload;
    private String source = "";
    private @Nullable Runnable selectionChanged;

    /**
     * {@code reload}: loads the page again (after a column is hidden or shown); {@code rendered}: what the address of a
     * page answers, for reading the page on the server (tests).
     */
    public PagedTable(String listKey, Runnable reload, Function<String, String> rendered) {
        this.reload = reload;
        this.rendered = rendered;
        this.selected = ticksOfThisPage(listKey);
        addClassName("paged-table");
        // one listener for every box of every page: a box sends its value (a row's id, or the page's ids) and state
        getElement().addEventListener("change", this::boxChanged)
                .addEventData("event.target.value").addEventData("event.target.checked")
                .setFilter("event.target.type === 'checkbox'");
    }

    /**
     * The ticks of this list in this browser tab: a dossier opened from the list and Back builds the list anew, and
     * finds what was ticked (a new search or filter clears it).
     */
    @SuppressWarnings("unchecked")
    private static Set<Long> ticksOfThisPage(String listKey) {
        com.vaadin.flow.component.UI ui = com.vaadin.flow.component.UI.getCurrent();
        if (ui == null) {
            return new LinkedHashSet<>();
        }
        String key = PagedTable.class.getName() + "." + listKey;
        Object kept = com.vaadin.flow.component.ComponentUtil.getData(ui, key);
        if (kept instanceof Set<?> ticks) {
            return (Set<Long>) ticks;
        }
        Set<Long> ticks = new LinkedHashSet<>();
        com.vaadin.flow.component.ComponentUtil.setData(ui, key, ticks);
        return ticks;
    }

    /** The columns the list has now, key → header, in order. */
    public void columns(Map<String, String> keyed) {
        headers.clear();
        headers.putAll(keyed);
    }

    /** Has the browser fetch and show the page at this address. */
    public void load(String address) {
        source = address;
        getElement().executeJs(LOAD, address, String.join(",", selected.stream().map(String::valueOf).toList()),
                getTranslation("list.loadFailed"));
    }

    /**
     * The browser has shown the page. Nothing to do but answer: this small round trip's answer replaces the one Vaadin
     * keeps of the page's first response (to send again should the browser not have received it), which held the
     * whole shell and view, about 55 KB of every session that only reads the list (decision 0044).
     */
    @ClientCallable
    void shown() {
        // the answer is the point
    }

    /** The address of the page shown. */
    public String source() {
        return source;
    }

    /** The page shown as the browser receives it. */
    public String markup() {
        return rendered.apply(source);
    }

    @Override
    public List<String> keys() {
        return List.copyOf(headers.keySet());
    }

    @Override
    public String header(String key) {
        return headers.getOrDefault(key, key);
    }

    @Override
    public boolean isShown(String key) {
        return headers.containsKey(key) && !hidden.contains(key);
    }

    @Override
    public void show(String key, boolean shown) {
        boolean changed = shown ? hidden.remove(key) : hidden.add(key);
        if (changed && !source.isEmpty()) {
            reload.run();
        }
    }

    public boolean has(String key) {
        return headers.containsKey(key);
    }

    public void onSelectionChange(Runnable listener) {
        this.selectionChanged = listener;
    }

    /** The ids of the rows ticked, on any page, in the order ticked (the export reads them in the reader's scope). */
    public Set<Long> selected() {
        return Collections.unmodifiableSet(selected);
    }

    public void deselectAll() {
        if (!selected.isEmpty()) {
            selected.clear();
            changed();
        }
    }

    private void boxChanged(DomEvent event) {
        JsonNode value = event.getEventData().get("event.target.value");
        JsonNode checked = event.getEventData().get("event.target.checked");
        if (value != null && value.isString() && checked != null && checked.isBoolean()) {
            tick(value.asString(), checked.asBoolean());
        }
    }

    /**
     * Ticks or clears a row (its id) or, with {@link PagedTableMarkup#PAGE_BOX} and the page's ids, every row of a
     * page; anything that is not such a value changes nothing.
     */
    public void tick(String box, boolean ticked) {
        boolean page = box.startsWith(PagedTableMarkup.PAGE_BOX);
        String ids = page ? box.substring(PagedTableMarkup.PAGE_BOX.length()) : box;
        List<String> values = page ? List.of(ids.split(",", PAGE_SIZE + 1)) : List.of(ids);
        if (ids.isEmpty() || values.size() > PAGE_SIZE || !values.stream().allMatch(v -> ID.matcher(v).matches())) {
            return;
        }
        List<Long> rows = values.stream().map(Long::valueOf).toList();
        if (ticked && rows.stream().filter(r -> !selected.contains(r)).count() + selected.size() > MOST_TICKED) {
            // the boxes the browser ticked go back to what is kept, and the reader is told the limit
            getElement().executeJs("const t = new Set($0 ? $0.split(',') : []);"
                    + " this.querySelectorAll('input[type=checkbox]').forEach(b => b.checked = t.has(b.value));",
                    String.join(",", selected.stream().map(String::valueOf).toList()));
            Notifications.refused(this, new cn.kunming.kjj.carrier.common.PortalException("list.tooManyTicked",
                    MOST_TICKED, selected.size()));
            return;
        }
        boolean changed = ticked ? selected.addAll(rows) : selected.removeAll(rows);
        if (changed) {
            changed();
        }
    }

    private void changed() {
        if (selectionChanged != null) {
            selectionChanged.run();
        }
    }
}
