package cn.kunming.kjj.carrier.dossier.ui;

import cn.kunming.kjj.carrier.common.DossierId;
import cn.kunming.kjj.carrier.common.ui.Formats;
import cn.kunming.kjj.carrier.dossier.DossierDocumentService;
import cn.kunming.kjj.carrier.dossier.HistoryEntry;
import cn.kunming.kjj.carrier.security.Roles;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;

import java.util.List;

/**
 * A dossier's history (issue 25, part 7): who did what and when, oldest first, from the audit trail, with the rule each
 * step applied. For the officers who may read the dossier; one outside their scope is not found.
 */
@Route("dossiers/history")
@RolesAllowed({Roles.DISTRICT_OFFICER, Roles.BUREAU_OFFICER})
class DossierHistoryView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    /** The prefix of an audit action's name in words (AuditAction.messageKey), for the names the trail stores. */
    private static final String ACTION = "audit.action.";

    private final transient DossierDocumentService documents;
    final Grid<HistoryEntry> grid = new Grid<>();

    DossierHistoryView(DossierDocumentService documents) {
        this.documents = documents;
        setSizeFull();
        grid.addColumn(e -> Formats.dateTime(e.at())).setHeader(getTranslation("audit.time")).setAutoWidth(true);
        grid.addColumn(e -> e.withheld() ? getTranslation("history.expert") : e.actor())
                .setHeader(getTranslation("audit.actor")).setAutoWidth(true);
        grid.addColumn(e -> getTranslation(ACTION + e.action())).setHeader(getTranslation("audit.action"))
                .setAutoWidth(true);
        grid.addColumn(e -> e.ruleId() == null ? "" : e.ruleId()).setHeader(getTranslation("audit.rule"))
                .setAutoWidth(true).setTextAlign(ColumnTextAlign.START);
        grid.addColumn(e -> e.withheld() ? getTranslation("history.withheld") : e.detail() == null ? "" : e.detail())
                .setHeader(getTranslation("audit.detail")).setFlexGrow(1);
        grid.setEmptyStateText(getTranslation("list.empty"));
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        List<HistoryEntry> entries;
        try {
            entries = documents.history(DossierId.of(id));
        } catch (cn.kunming.kjj.carrier.common.NotFoundException e) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        removeAll();
        grid.setItems(entries);
        add(new H2(getTranslation("dossier.history")), new RouterLink(getTranslation("history.back"), DossierView.class, id),
                grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("dossier.history");
    }
}
