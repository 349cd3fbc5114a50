package cn.kunming.kjj.carrier.credit.ui;

import cn.kunming.kjj.carrier.common.ui.Formats;
import cn.kunming.kjj.carrier.credit.CheckResult;
import cn.kunming.kjj.carrier.credit.CreditCheck;
import cn.kunming.kjj.carrier.credit.ListingEntry;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import java.util.List;

/** The kept credit checks of a dossier or unit, newest first, each with what it matched (C2.5, C3.6). */
public class CreditChecksPanel extends VerticalLayout {

    public CreditChecksPanel(List<CreditCheck> checks) {
        setPadding(false);
        setSpacing(false);
        if (checks.isEmpty()) {
            add(new Span(getTranslation("review.creditNotChecked")));
            return;
        }
        UnorderedList list = new UnorderedList();
        for (CreditCheck c : checks) {
            ListItem item = new ListItem(Formats.dateTime(c.checkedAt()) + " · " + getTranslation(c.occasion().messageKey())
                    + " · " + getTranslation(c.source().messageKey()) + "：" + getTranslation(c.result().messageKey())
                    + (c.detail() == null ? "" : "（" + c.detail() + "）"));
            if (c.result() == CheckResult.LISTED) {
                item.addClassName("credit-listed");
            }
            for (ListingEntry e : c.matched()) {
                item.add(new Div(new Span(entry(this, e))));
            }
            list.add(item);
        }
        add(list);
    }

    /** One list entry as a line: list, authority, period. */
    public static String entry(com.vaadin.flow.component.Component c, ListingEntry e) {
        return c.getTranslation("credit.entry", e.listType(), e.authority(), Formats.date(e.listedOn()),
                e.removedOn() == null ? c.getTranslation("credit.notRemoved") : Formats.date(e.removedOn()));
    }
}
