package cn.kunming.kjj.carrier.annualreport.ui;

import cn.kunming.kjj.carrier.common.ReportId;
import cn.kunming.kjj.carrier.annualreport.AnnualReport;
import cn.kunming.kjj.carrier.annualreport.AnnualReportService;
import cn.kunming.kjj.carrier.annualreport.ReportRow;
import cn.kunming.kjj.carrier.common.PortalException;
import cn.kunming.kjj.carrier.common.ui.Formats;
import cn.kunming.kjj.carrier.common.ui.Notifications;
import cn.kunming.kjj.carrier.security.CurrentUser;
import cn.kunming.kjj.carrier.security.Role;
import cn.kunming.kjj.carrier.security.Roles;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import cn.kunming.kjj.carrier.common.ui.ListAddress;
import cn.kunming.kjj.carrier.common.ui.ListGrids;
import cn.kunming.kjj.carrier.common.ui.QueryParams;
import cn.kunming.kjj.carrier.common.ui.RowCount;
import cn.kunming.kjj.carrier.common.ui.RowPositions;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import org.jspecify.annotations.Nullable;

import java.time.Clock;
import java.time.LocalDate;

/**
 * Yearly reports (M5.1): an applicant's own carriers' report years, a district's tenant's, the bureau's all, with the
 * deadline of each and the overdue ones marked; the year, "overdue only" and the position of the row opened kept in
 * the address, the rows counted (issue 25).
 */
@Route("reports")
@Menu(title = "nav.reports", order = 40, icon = "vaadin:file-text-o")
@RolesAllowed({Roles.APPLICANT, Roles.DISTRICT_OFFICER, Roles.BUREAU_OFFICER})
class ReportsView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final transient AnnualReportService reports;
    private final transient CurrentUser currentUser;
    final IntegerField year = new IntegerField();
    final Checkbox overdueOnly = new Checkbox();
    /** Officers: only the submitted reports not yet evaluated, the work the inbox counts ({@code toEvaluate=1}). */
    final Checkbox toEvaluateOnly = new Checkbox();
    final Grid<ReportRow> grid = new Grid<>();
    final RowCount count = new RowCount();
    final ListAddress address = new ListAddress("reports");
    private final RowPositions<ReportRow> positions = new RowPositions<>(r -> r.carrier().id() + ":" + r.year());
    private final LocalDate today;
    private boolean entering;

    ReportsView(AnnualReportService reports, CurrentUser currentUser, Clock clock) {
        this.reports = reports;
        this.currentUser = currentUser;
        this.today = LocalDate.now(clock);
        setSizeFull();
        year.setLabel(getTranslation("report.year"));
        year.setClearButtonVisible(true);
        overdueOnly.setLabel(getTranslation("report.overdueOnly"));
        year.addValueChangeListener(e -> refresh());
        overdueOnly.addValueChangeListener(e -> refresh());
        toEvaluateOnly.setLabel(getTranslation("report.toEvaluateOnly"));
        toEvaluateOnly.addValueChangeListener(e -> refresh());
        grid.addColumn(r -> r.carrier().name()).setHeader(getTranslation("carrier.name")).setFlexGrow(1);
        grid.addColumn(ReportRow::year).setHeader(getTranslation("report.year")).setAutoWidth(true);
        grid.addColumn(r -> Formats.date(r.dueOn()) + (r.dueEstimated() ? getTranslation("calendar.estimatedShort") : ""))
                .setHeader(getTranslation("report.dueOn"));
        grid.addColumn(r -> r.report() == null ? getTranslation("report.notStarted")
                : getTranslation(r.report().status().messageKey())).setHeader(getTranslation("account.status"));
        grid.addColumn(r -> Formats.dateTime(r.report() == null ? null : r.report().submittedAt()))
                .setHeader(getTranslation("dossier.submittedAt"));
        grid.addColumn(r -> r.overdueOn(today) ? getTranslation("report.overdue") : "").setHeader(getTranslation("report.overdueColumn"));
        grid.addItemClickListener(e -> open(e.getItem()));
        ListGrids.enterOpens(grid, this::open);
        grid.setEmptyStateText(getTranslation("list.empty"));
        year.setMin(1900);
        year.setMax(9999);
        HorizontalLayout filters = new HorizontalLayout(year, overdueOnly, toEvaluateOnly, count, cn.kunming.kjj.carrier.common.ui.Downloads.link(
                getTranslation("carrier.export"), "年度报告.xlsx", cn.kunming.kjj.carrier.common.ui.Downloads.XLSX,
                () -> reports.export(year.getValue())));
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(new H2(getTranslation("nav.reports")), filters, grid);
    }

    /** The year and "overdue only" come from the address (the inbox's count opens {@code reports?overdue=1}). */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters q = event.getLocation().getQueryParameters();
        entering = true;
        year.setValue(QueryParams.readInt(q, "year", 1900, 9999));
        overdueOnly.setValue("1".equals(QueryParams.read(q, "overdue", s -> s)));
        // read for the reader of this navigation: a page kept for the next reader must not keep an officer's filter
        Role role = currentUser.require().role();
        toEvaluateOnly.setVisible(role == Role.DISTRICT_OFFICER || role == Role.BUREAU_OFFICER);
        toEvaluateOnly.setValue(toEvaluateOnly.isVisible() && "1".equals(QueryParams.read(q, "toEvaluate", s -> s)));
        entering = false;
        refresh();
        int pos = ListGrids.scrollBack(grid, q);
        if (pos > 0) {
            remember(pos);
        }
    }

    void refresh() {
        if (entering) {
            return;
        }
        java.util.Set<cn.kunming.kjj.carrier.common.ReportId> awaiting = toEvaluateOnly.getValue()
                ? reports.awaitingEvaluation() : java.util.Set.of();
        List<ReportRow> rows = reports.rows(chosenYear()).stream().filter(r -> !overdueOnly.getValue() || r.overdueOn(today))
                .filter(r -> !toEvaluateOnly.getValue() || r.report() != null && awaiting.contains(r.report().id()))
                .toList();
        count.show(ListGrids.shown(grid, positions.page(rows, 0).toList()));
        remember(0);
    }

    private void remember(int position) {
        address.write(this, new QueryParams().put("year", chosenYear())
                .put("overdue", overdueOnly.getValue() ? "1" : null)
                .put("toEvaluate", toEvaluateOnly.getValue() ? "1" : null).put("pos", position > 0 ? position : null));
    }

    /** A year no list holds is refused beside its field; the list is then read as if no year were given. */
    private @Nullable Integer chosenYear() {
        Integer y = year.getValue();
        return y == null || y < 1900 || y > 9999 ? null : y;
    }

    void open(ReportRow row) {
        remember(positions.of(row));
        try {
            AnnualReport started = row.report();
            if (started != null) {
                getUI().ifPresent(ui -> ui.navigate(ReportView.class, started.id().value()));
            } else if (currentUser.require().role() == Role.APPLICANT) {
                ReportId id = reports.open(row.carrier().id(), row.year());
                getUI().ifPresent(ui -> ui.navigate(ReportView.class, id.value()));
            } else {
                Notifications.refused(this, new PortalException("report.notStartedYet"));
            }
        } catch (PortalException e) {
            Notifications.refused(this, e);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.reports");
    }
}
