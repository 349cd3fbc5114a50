package cn.kunming.kjj.carrier.publicity.ui;

import cn.kunming.kjj.carrier.common.NoticeId;
import cn.kunming.kjj.carrier.common.ui.Formats;
import cn.kunming.kjj.carrier.publicity.NoticeEntry;
import cn.kunming.kjj.carrier.publicity.NoticePeriod;
import cn.kunming.kjj.carrier.publicity.PublicNotice;
import cn.kunming.kjj.carrier.publicity.PublicNoticeService;
import cn.kunming.kjj.carrier.tenant.Tenant;
import cn.kunming.kjj.carrier.tenant.TenantService;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import java.util.Map;
import java.util.stream.Collectors;

/** One public notice (P4.5) as the public reads it: unit, kind, proposed name, tenant, period, contact. */
@Route("notice")
@AnonymousAllowed
class PublicNoticeView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final transient PublicNoticeService notices;
    private final transient TenantService tenants;
    final Grid<NoticeEntry> grid = new Grid<>();
    final Paragraph period = new Paragraph();
    final Paragraph withdrawn = new Paragraph();

    PublicNoticeView(PublicNoticeService notices, TenantService tenants) {
        this.notices = notices;
        this.tenants = tenants;
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        PublicNotice notice = id == null ? null : notices.publicNotice(NoticeId.of(id)).orElse(null);
        if (notice == null) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        removeAll();
        Map<String, String> tenantNames = tenants.all().stream().collect(Collectors.toMap(t -> t.id().value(), Tenant::name));
        NoticePeriod p = notices.period(notice.startsOn());
        period.setText(getTranslation("notice.period", Formats.date(notice.startsOn()), Formats.date(notice.endsOn()))
                + (p.calendarKnown() ? "" : " " + getTranslation("calendar.estimated")));
        grid.removeAllColumns();
        grid.addColumn(NoticeEntry::unitName).setHeader(getTranslation("unit.name")).setFlexGrow(1);
        grid.addColumn(e -> getTranslation(e.kind().messageKey())).setHeader(getTranslation("selfCheck.kind"));
        grid.addColumn(NoticeEntry::name).setHeader(getTranslation("selfCheck.name")).setFlexGrow(1);
        grid.addColumn(e -> tenantNames.getOrDefault(e.tenantId().value(), "")).setHeader(getTranslation("unit.tenant"));
        grid.addColumn(e -> e.removed() ? getTranslation("notice.entryRemoved", Formats.date(e.removedOn()), e.removedReason())
                : "").setHeader(getTranslation("notice.entryState")).setFlexGrow(1);
        grid.setAllRowsVisible(true);
        grid.setItems(notice.entries());
        add(new H2(getTranslation("notice.publicTitle")));
        PublicNotice.Withdrawal withdrawal = notice.withdrawal();
        if (withdrawal != null) {
            withdrawn.setText(getTranslation("notice.withdrawnBanner", Formats.dateTime(withdrawal.at()), withdrawal.reason()));
            add(withdrawn);
        }
        add(new Paragraph(getTranslation("notice.publicIntro", notice.entries().size())), period, grid,
                new Paragraph(getTranslation("notice.objectionsTo", notice.contact())));
        NoticeTexts.corrections(this, notice).forEach(this::add);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("notice.publicTitle");
    }
}
