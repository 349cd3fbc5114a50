package cn.kunming.kjj.carrier.dashboard.ui;

import org.jspecify.annotations.Nullable;
import org.springframework.web.util.HtmlUtils;

import java.util.List;

/**
 * A table as markup, every text and address escaped: a caption, a header row, then body rows. The same elements the
 * dashboards' tables had as components, written as one string (decision 0033).
 */
final class TableMarkup {

    private final StringBuilder html = new StringBuilder();
    private boolean inRow;

    /** {@code classes}: the table's class attribute. */
    TableMarkup(String classes, String caption, List<String> headers) {
        html.append("<table class=\"").append(escape(classes)).append("\"><caption>").append(escape(caption))
                .append("</caption><thead><tr>");
        headers.forEach(h -> html.append("<th scope=\"col\">").append(escape(h)).append("</th>"));
        html.append("</tr></thead><tbody>");
    }

    TableMarkup row() {
        endRow();
        html.append("<tr>");
        inRow = true;
        return this;
    }

    /** The row's label. */
    TableMarkup label(String text) {
        html.append("<th scope=\"row\">").append(escape(text)).append("</th>");
        return this;
    }

    TableMarkup text(String text) {
        html.append("<td>").append(escape(text)).append("</td>");
        return this;
    }

    /** A cell that opens a page of the portal; {@code cssClass} may be null. */
    TableMarkup link(String href, String text, @Nullable String cssClass) {
        html.append("<td><a href=\"").append(escape(href)).append('"')
                .append(cssClass == null ? "" : " class=\"" + escape(cssClass) + "\"")
                .append('>').append(escape(text)).append("</a></td>");
        return this;
    }

    /** A cell whose text is an element of its own, as a link's would be (a count that opens no list). */
    TableMarkup span(String text) {
        html.append("<td><span>").append(escape(text)).append("</span></td>");
        return this;
    }

    String html() {
        endRow();
        return html + "</tbody></table>";
    }

    private void endRow() {
        if (inRow) {
            html.append("</tr>");
            inRow = false;
        }
    }

    static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
