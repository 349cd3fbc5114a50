package cn.kunming.kjj.carrier.support;

import cn.kunming.kjj.carrier.common.ui.PagedTable;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

import java.util.List;

/**
 * A {@link PagedTable}'s page as the browser fetches it (the markup its address answers), read with jsoup. Tests follow its links as a reader
 * clicks them (by navigating to their addresses) and read its cells as a reader sees them.
 */
public final class ShownTable {

    private ShownTable() {
    }

    public static Element markup(PagedTable table) {
        return Jsoup.parseBodyFragment(table.markup()).body();
    }

    /** How many rows the whole list has, as its table says. */
    public static int count(PagedTable table) {
        return Integer.parseInt(markup(table).selectFirst("table").attr("data-count"));
    }

    /** The column headers shown, without the selection box's; a sorted one ends in its arrow. */
    public static List<String> headers(PagedTable table) {
        return markup(table).select("thead th:not(.select)").eachText();
    }

    /** The texts of one column's cells, row by row (the column by its key). */
    public static List<String> column(PagedTable table, String key) {
        int at = index(table, key);
        return markup(table).select("tbody tr").stream().filter(tr -> tr.select("td.empty").isEmpty())
                .map(tr -> cells(tr).get(at).text()).toList();
    }

    /** The address a row's cell opens (row from 0). */
    public static String opens(PagedTable table, int row, String key) {
        Element tr = markup(table).select("tbody tr").get(row);
        return cells(tr).get(index(table, key)).selectFirst("a").attr("href");
    }

    /** The number at the end of the address each row's cell opens in a column (by key): the records the page shows. */
    public static List<Long> opened(PagedTable table, String key) {
        int at = index(table, key);
        return markup(table).select("tbody tr").stream().filter(tr -> tr.select("td.empty").isEmpty())
                .map(tr -> cells(tr).get(at).selectFirst("a").attr("href"))
                .map(href -> Long.valueOf(href.substring(href.lastIndexOf('/') + 1))).toList();
    }

    /** The address of a header's sort link. */
    public static String sortLink(PagedTable table, String key) {
        Elements th = markup(table).select("thead th:not(.select)");
        return th.get(index(table, key)).selectFirst("a").attr("href");
    }

    /** The address of a pager link by its text (首页, 上一页, 下一页, 末页); null where it is not a link. */
    public static String pageLink(PagedTable table, String text) {
        Element link = markup(table).select("nav.pager a").stream().filter(a -> a.text().equals(text)).findFirst()
                .orElse(null);
        return link == null ? null : link.attr("href");
    }

    /** The pager's "page n of m", or empty when the list has one page. */
    public static String pageOf(PagedTable table) {
        Element at = markup(table).selectFirst("nav.pager .pager-at");
        return at == null ? "" : at.text();
    }

    /** Where a column (by its key) is among the headers shown. */
    private static int index(PagedTable table, String key) {
        List<String> headers = headers(table).stream().map(h -> h.replaceAll(" [▲▼]$", "")).toList();
        int at = headers.indexOf(table.header(key));
        if (at < 0) {
            throw new AssertionError("no column " + key + " among " + headers);
        }
        return at;
    }

    private static List<Element> cells(Element tr) {
        return tr.select("td:not(.select)");
    }
}
