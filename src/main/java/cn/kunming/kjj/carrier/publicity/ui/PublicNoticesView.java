package cn.kunming.kjj.carrier.publicity.ui;

import cn.kunming.kjj.carrier.common.ui.Formats;
import cn.kunming.kjj.carrier.publicity.PublicNotice;
import cn.kunming.kjj.carrier.publicity.PublicNoticeService;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** The public notices (公示), open to everyone without login. */
@Route("notices")
@Menu(title = "nav.publicNotices", order = 4, icon = "vaadin:newspaper")
@AnonymousAllowed
class PublicNoticesView extends VerticalLayout implements HasDynamicTitle {

    final Grid<PublicNotice> grid = new Grid<>();

    PublicNoticesView(PublicNoticeService notices) {
        grid.addColumn(n -> getTranslation("notice.listTitle", n.entries().size())).setHeader(getTranslation("notice.title")).setFlexGrow(2);
        grid.addColumn(n -> Formats.date(n.startsOn()) + " – " + Formats.date(n.endsOn())).setHeader(getTranslation("notice.periodLabel"));
        grid.addColumn(n -> getTranslation(n.status().messageKey())).setHeader(getTranslation("notice.entryState"));
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(PublicNoticeView.class, e.getItem().id().value())));
        grid.setEmptyStateText(getTranslation("list.empty"));
        grid.setItems(notices.publicNotices());
        add(new H2(getTranslation("nav.publicNotices")), grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.publicNotices");
    }
}
