package cn.kunming.kjj.carrier.common.ui;

import cn.kunming.kjj.carrier.common.Messages;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * One page of a list as markup, every text and address escaped by jsoup: a table whose cells are links to the row's
 * record, whose sortable headers are links that sort it, a box before each row when rows can be ticked, and a pager of
 * links. Links carry {@code router-link}, so the portal's router opens them in the same page. Written for a
 * {@link PagedTable} outside the Vaadin session (decision 0044).
 */
public final class PagedTableMarkup<T> {

    public static final int PAGE_SIZE = 25;
    /** The value of the header's box, followed by the page's ids: ticks or clears every row of the page. */
    public static final String PAGE_BOX = "page:";

    /** The list's own address with another sort (null: the list's own order) and page. */
    public interface Addresses {
        String with(@Nullable String sort, int page);
    }

    /**
     * A column: its key (for the chooser and the person's choice), header, text, sort property (null: not sortable),
     * the address its cells open, and whether its link is a stop of the keyboard's Tab (one per row and record).
     */
    public record Column<T>(String key, String header, Function<T, @Nullable String> text,
                            @Nullable String sortProperty, Function<T, String> opens, boolean tabStop) {
    }

    /** What a page shows: the list's count, the page (from 1, within the list), its sort and rows. */
    public record Page<T>(int count, int page, @Nullable String sort, List<T> rows) {

        public static int lastPage(int count) {
            return Math.max(1, (count + PAGE_SIZE - 1) / PAGE_SIZE);
        }
    }

    private final List<Column<T>> columns;
    private final @Nullable ToLongFunction<T> boxes;
    private final Addresses addresses;
    private final Locale locale;

    /** {@code boxes}: the id of a row's box, or null when the list's rows cannot be ticked. */
    public PagedTableMarkup(List<Column<T>> columns, @Nullable ToLongFunction<T> boxes, Addresses addresses,
                            Locale locale) {
        this.columns = columns;
        this.boxes = boxes;
        this.addresses = addresses;
        this.locale = locale;
    }

    /** The page with the columns not hidden. */
    public String html(Page<T> page, Set<String> hidden) {
        List<Column<T>> shown = columns.stream().filter(c -> !hidden.contains(c.key())).toList();
        if (shown.isEmpty()) {
            shown = columns;
        }
        Document doc = Document.createShell("");
        doc.outputSettings().prettyPrint(false);
        Element root = doc.body();
        Element table = root.appendElement("table").attr("data-count", Integer.toString(page.count()))
                .attr("data-rows", Integer.toString(page.rows().size()));
        Element head = table.appendElement("thead").appendElement("tr");
        ToLongFunction<T> ids = boxes;
        if (ids != null && page.rows().isEmpty()) {
            head.appendElement("th").addClass("select");
        } else if (ids != null) {
            StringBuilder all = new StringBuilder(PAGE_BOX);
            page.rows().forEach(r -> all.append(all.length() > PAGE_BOX.length() ? "," : "").append(ids.applyAsLong(r)));
            box(head.appendElement("th").addClass("select"), all.toString(), text("list.selectPage"));
        }
        for (Column<T> c : shown) {
            header(head.appendElement("th").attr("scope", "col"), c, page.sort());
        }
        Element body = table.appendElement("tbody");
        for (T row : page.rows()) {
            Element tr = body.appendElement("tr");
            if (ids != null) {
                box(tr.appendElement("td").addClass("select"), Long.toString(ids.applyAsLong(row)),
                        text("list.selectRow"));
            }
            for (Column<T> c : shown) {
                Element link = tr.appendElement("td").appendElement("a").attr("router-link", "")
                        .attr("href", c.opens().apply(row)).text(Objects.requireNonNullElse(c.text().apply(row), ""));
                if (!c.tabStop()) {
                    link.attr("tabindex", "-1");
                }
            }
        }
        if (page.rows().isEmpty()) {
            body.appendElement("tr").appendElement("td").addClass("empty")
                    .attr("colspan", Integer.toString(shown.size() + (ids != null ? 1 : 0))).text(text("list.empty"));
        }
        pager(root, page);
        return root.html();
    }

    private static void box(Element cell, String value, String label) {
        cell.appendElement("input").attr("type", "checkbox").attr("value", value).attr("aria-label", label);
    }

    /** A sortable header is a link: to this column ascending, then descending, then the list's own order. */
    private void header(Element th, Column<T> c, @Nullable String sort) {
        String property = c.sortProperty();
        if (property == null) {
            th.text(c.header());
            return;
        }
        String next = property;
        String arrow = "";
        if (property.equals(sort)) {
            th.attr("aria-sort", "ascending");
            next = "-" + property;
            arrow = " ▲";
        } else if (("-" + property).equals(sort)) {
            th.attr("aria-sort", "descending");
            next = null;
            arrow = " ▼";
        }
        th.appendElement("a").attr("router-link", "").attr("href", addresses.with(next, 1))
                .attr("title", text("list.sortBy", c.header())).text(c.header() + arrow);
    }

    /** First, previous, "page n of m", next, last: links where they lead somewhere, plain text where not. */
    private void pager(Element root, Page<T> page) {
        int last = Page.lastPage(page.count());
        if (last == 1) {
            return;
        }
        int at = page.page();
        Element nav = root.appendElement("nav").addClass("pager").attr("aria-label", text("list.pages"));
        pageLink(nav, "list.firstPage", page.sort(), 1, at > 1);
        pageLink(nav, "list.previousPage", page.sort(), at - 1, at > 1);
        nav.appendElement("span").addClass("pager-at").text(text("list.pageOf", at, last));
        pageLink(nav, "list.nextPage", page.sort(), at + 1, at < last);
        pageLink(nav, "list.lastPage", page.sort(), last, at < last);
    }

    private void pageLink(Element nav, String textKey, @Nullable String sort, int target, boolean leads) {
        if (leads) {
            nav.appendElement("a").attr("router-link", "").attr("href", addresses.with(sort, target)).text(text(textKey));
        } else {
            nav.appendElement("span").attr("aria-disabled", "true").text(text(textKey));
        }
    }

    private String text(String key, Object... params) {
        return Messages.get(key, locale, params);
    }
}
