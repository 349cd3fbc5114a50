package cn.kunming.kjj.carrier.dashboard.ui;

import cn.kunming.kjj.carrier.annualreport.AnnualReportService;
import cn.kunming.kjj.carrier.annualreport.ReportRow;
import cn.kunming.kjj.carrier.annualreport.ReportStatus;
import cn.kunming.kjj.carrier.carrier.Carrier;
import cn.kunming.kjj.carrier.carrier.CarrierFilter;
import cn.kunming.kjj.carrier.carrier.CarrierService;
import cn.kunming.kjj.carrier.common.UnitId;
import cn.kunming.kjj.carrier.common.ui.Formats;
import cn.kunming.kjj.carrier.dossier.Dossier;
import cn.kunming.kjj.carrier.dossier.DossierService;
import cn.kunming.kjj.carrier.dossier.DossierStatus;
import cn.kunming.kjj.carrier.security.CurrentUser;
import cn.kunming.kjj.carrier.security.Roles;
import cn.kunming.kjj.carrier.tenant.HostUnitService;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The unit's home: who it is, its carriers and their status, and what it has to do next — a returned dossier to
 * resubmit by its date, a draft not yet submitted, a yearly report due or late (P4.2, P4.3, M5.1).
 */
@Route("applicant")
@Menu(title = "nav.home", order = 0, icon = "vaadin:home")
@RolesAllowed(Roles.APPLICANT)
class ApplicantHomeView extends RoleHomeView {

    final UnorderedList todo = new UnorderedList();
    final UnorderedList carrierList = new UnorderedList();

    ApplicantHomeView(CurrentUser currentUser, HostUnitService units, DossierService dossiers, CarrierService carriers,
                      AnnualReportService reports, Clock clock) {
        super(currentUser.require(), "home.duties.applicant");
        LocalDate today = LocalDate.now(clock);
        UnitId ownUnit = currentUser.require().unitId();
        if (ownUnit != null) {
            units.find(ownUnit).ifPresent(unit -> {
                figure("home.figure.unitName", unit.name());
                figure("home.figure.unitStatus", getTranslation(unit.activationStatus().messageKey()));
            });
        }
        List<Carrier> own = carriers.register(CarrierFilter.none());
        List<ReportRow> openReports = reports.rows(null).stream()
                .filter(r -> r.report() == null || r.report().status() != ReportStatus.SUBMITTED).toList();
        List<ListItem> items = openItems(dossiers.mine(), openReports, today);
        figure("home.figure.carriers", own.size());
        figure("home.figure.openItems", items.size());

        add(new H3(getTranslation("home.todo")), todo);
        if (items.isEmpty()) {
            todo.add(new ListItem(getTranslation("home.nothingToDo")));
        }
        items.forEach(todo::add);

        add(new H3(getTranslation("home.carriers")), carrierList);
        if (own.isEmpty()) {
            carrierList.add(new ListItem(getTranslation("home.noCarrier")));
        }
        for (Carrier c : own) {
            carrierList.add(new ListItem(new Anchor("carriers/" + c.id(), c.name()),
                    new Paragraph(getTranslation(c.status().messageKey()) + " · " + getTranslation("home.approvedOn",
                            Formats.date(c.approvedOn())))));
        }
    }

    private List<ListItem> openItems(List<Dossier> mine, List<ReportRow> openReports, LocalDate today) {
        List<ListItem> items = new ArrayList<>();
        for (Dossier d : mine) {
            String name = d.content().facts() == null ? "" : d.content().facts().name();
            if (d.status() == DossierStatus.RETURNED) {
                items.add(item("dossiers/" + d.id(), getTranslation("home.todo.returned", name,
                        d.revisionDue() == null ? "" : Formats.date(d.revisionDue()))));
            } else if (d.status() == DossierStatus.DRAFT) {
                items.add(item("dossiers/" + d.id(), getTranslation("home.todo.draft", name)));
            }
        }
        for (ReportRow r : openReports) {
            boolean late = today.isAfter(r.dueOn());
            items.add(item("reports", getTranslation(late ? "home.todo.reportLate" : "home.todo.reportDue",
                    r.carrier().name(), r.year(), Formats.date(r.dueOn()))));
        }
        return items;
    }

    private static ListItem item(String href, String text) {
        return new ListItem(new Anchor(href, text));
    }
}
