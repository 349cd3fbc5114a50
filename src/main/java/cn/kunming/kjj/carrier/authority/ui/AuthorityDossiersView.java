package cn.kunming.kjj.carrier.authority.ui;

import cn.kunming.kjj.carrier.authority.AuthorityReadingService;
import cn.kunming.kjj.carrier.authority.FieldLinkService;
import cn.kunming.kjj.carrier.common.ui.Formats;
import cn.kunming.kjj.carrier.dossier.DossierRow;
import cn.kunming.kjj.carrier.security.Roles;
import cn.kunming.kjj.carrier.tenant.Tenant;
import cn.kunming.kjj.carrier.tenant.TenantService;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The dossiers of an industry authority's fields from the district's recommendation on (P4.4), read-only: a dossier
 * of another field is not listed and does not open.
 */
@Route("authority/dossiers")
@Menu(title = "nav.authorityDossiers", order = 20, icon = "vaadin:folder-open-o")
@RolesAllowed(Roles.INDUSTRY_AUTHORITY)
class AuthorityDossiersView extends VerticalLayout implements HasDynamicTitle {

    final Grid<DossierRow> grid = new Grid<>();

    AuthorityDossiersView(AuthorityReadingService reading, FieldLinkService links, TenantService tenants) {
        setSizeFull();
        Map<String, String> tenantNames = tenants.all().stream().collect(Collectors.toMap(t -> t.id().value(), Tenant::name));
        List<String> fields = links.myFields();
        grid.addColumn(DossierRow::name).setHeader(getTranslation("selfCheck.name")).setFlexGrow(2);
        grid.addColumn(d -> getTranslation(d.kind().messageKey())).setHeader(getTranslation("selfCheck.kind"));
        grid.addColumn(DossierRow::industryField).setHeader(getTranslation("dossier.industryField"));
        grid.addColumn(d -> tenantNames.getOrDefault(d.tenantId().value(), "")).setHeader(getTranslation("unit.tenant"));
        grid.addColumn(d -> getTranslation(d.status().messageKey())).setHeader(getTranslation("account.status"));
        grid.addColumn(d -> Formats.dateTime(d.lastSavedAt())).setHeader(getTranslation("dossier.lastSaved"));
        grid.setEmptyStateText(getTranslation("list.empty"));
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(AuthorityDossierView.class,
                e.getItem().id().value())));
        grid.setItems(reading.dossiers());
        add(new H2(getTranslation("nav.authorityDossiers")), new Paragraph(fields.isEmpty()
                ? getTranslation("authority.noFields")
                : getTranslation("authority.myFields", String.join("、", fields))), grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.authorityDossiers");
    }
}
