package cn.kunming.kjj.carrier.dashboard.ui;

import cn.kunming.kjj.carrier.common.ui.Formats;
import cn.kunming.kjj.carrier.dashboard.DeadlineWarning;
import cn.kunming.kjj.carrier.dashboard.Waiting;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import java.util.List;

/**
 * The top of an officer's home (issue 25, part 6): each kind of work waiting, with its count, opening the page where
 * it is done; and the calls whose deadlines need the officer now.
 */
class InboxStrip extends VerticalLayout {

    final List<Anchor> tiles = new java.util.ArrayList<>();
    final UnorderedList warnings = new UnorderedList();

    InboxStrip(List<Waiting> waiting, List<DeadlineWarning> deadlines) {
        addClassName("inbox");
        setPadding(false);
        setSpacing(false);
        FlexLayout row = new FlexLayout();
        row.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        row.getStyle().set("gap", "var(--lumo-space-s)");
        for (Waiting w : waiting) {
            Span number = new Span(String.valueOf(w.count()));
            number.addClassName("inbox-count");
            Anchor tile = new Anchor(w.work().href(), new Div(number, new Span(getTranslation(w.work().messageKey()))));
            tile.addClassNames("inbox-tile", w.count() > 0 ? "inbox-tile-waiting" : "inbox-tile-empty");
            tile.setId("inbox-" + w.work().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
            tiles.add(tile);
            row.add(tile);
        }
        add(new H3(getTranslation("inbox.title")), row);
        for (DeadlineWarning d : deadlines) {
            ListItem item = new ListItem(text(d));
            item.addClassName(d.overdue() || d.date() == null ? "deadline-warning-urgent" : "deadline-warning");
            warnings.add(item);
        }
        if (!deadlines.isEmpty()) {
            warnings.addClassName("deadline-warnings");
            add(warnings);
        }
    }

    private String text(DeadlineWarning d) {
        return getTranslation(d.messageKey(), d.callTitle(), d.date() == null ? "" : Formats.date(d.date()),
                Math.abs(d.workingDaysLeft()), d.waiting());
    }
}
