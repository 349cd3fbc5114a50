package cn.kunming.kjj.carrier.search.ui;

import cn.kunming.kjj.carrier.common.PortalException;
import cn.kunming.kjj.carrier.common.ui.Notifications;
import cn.kunming.kjj.carrier.search.SearchResults;
import cn.kunming.kjj.carrier.search.SearchService;
import cn.kunming.kjj.carrier.security.Roles;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import java.util.List;
import java.util.Optional;
import java.util.Map;

/**
 * The results of the top bar's search, by kind: each row opens its record (a unit lists its dossiers and carriers by
 * count; the text stays in the address, so Back and a reload show the same results).
 */
@Route(SearchView.ROUTE)
@RolesAllowed({Roles.APPLICANT, Roles.DISTRICT_OFFICER, Roles.BUREAU_OFFICER})
class SearchView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String ROUTE = "search";

    private final SearchService search;
    final TextField text = new TextField();
    final VerticalLayout results = new VerticalLayout();
    final Grid<SearchResults.DossierHit> dossiers = new Grid<>();
    final Grid<SearchResults.UnitHit> units = new Grid<>();
    final Grid<SearchResults.CarrierHit> carriers = new Grid<>();
    final Grid<SearchResults.ExpertHit> experts = new Grid<>();

    SearchView(SearchService search) {
        this.search = search;
        text.setPlaceholder(getTranslation("search.placeholder"));
        text.setPrefixComponent(VaadinIcon.SEARCH.create());
        text.setMaxLength(SearchService.LONGEST);
        text.setWidth("min(100%, 32em)");
        text.addKeyPressListener(Key.ENTER, e -> getUI().ifPresent(ui -> ui.navigate(ROUTE,
                QueryParameters.simple(Map.of("q", text.getValue())))));
        results.setPadding(false);

        dossiers.addColumn(d -> d.name().isEmpty() ? getTranslation("search.unnamed") : d.name())
                .setHeader(getTranslation("search.dossier")).setFlexGrow(1);
        dossiers.addColumn(SearchResults.DossierHit::unitName).setHeader(getTranslation("unit.name")).setFlexGrow(1);
        dossiers.addColumn(SearchResults.DossierHit::creditCode).setHeader(getTranslation("unit.creditCode"))
                .setAutoWidth(true);
        dossiers.addColumn(SearchResults.DossierHit::tenantName).setHeader(getTranslation("unit.tenant"))
                .setAutoWidth(true);
        dossiers.addColumn(d -> getTranslation(d.status().messageKey())).setHeader(getTranslation("search.status"))
                .setAutoWidth(true);
        dossiers.addItemClickListener(e -> open("dossiers/" + e.getItem().id()));

        units.addColumn(SearchResults.UnitHit::name).setHeader(getTranslation("unit.name")).setFlexGrow(1);
        units.addColumn(SearchResults.UnitHit::creditCode).setHeader(getTranslation("unit.creditCode"))
                .setAutoWidth(true);
        units.addColumn(SearchResults.UnitHit::tenantName).setHeader(getTranslation("unit.tenant")).setAutoWidth(true);
        units.addColumn(SearchResults.UnitHit::dossiers).setHeader(getTranslation("search.dossiers"));
        units.addColumn(SearchResults.UnitHit::carriers).setHeader(getTranslation("search.carriers"));
        // a unit opens as the search for its code: its dossiers and carriers
        units.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(ROUTE,
                QueryParameters.simple(Map.of("q", e.getItem().creditCode())))));

        carriers.addColumn(SearchResults.CarrierHit::name).setHeader(getTranslation("search.carrier")).setFlexGrow(1);
        carriers.addColumn(SearchResults.CarrierHit::unitName).setHeader(getTranslation("unit.name")).setFlexGrow(1);
        carriers.addColumn(SearchResults.CarrierHit::creditCode).setHeader(getTranslation("unit.creditCode"))
                .setAutoWidth(true);
        carriers.addColumn(c -> getTranslation(c.status().messageKey())).setHeader(getTranslation("search.status"))
                .setAutoWidth(true);
        carriers.addItemClickListener(e -> open("carriers/" + e.getItem().id()));

        experts.addColumn(SearchResults.ExpertHit::name).setHeader(getTranslation("search.expert")).setAutoWidth(true);
        experts.addColumn(SearchResults.ExpertHit::affiliation).setHeader(getTranslation("search.affiliation"))
                .setFlexGrow(1);
        experts.addColumn(SearchResults.ExpertHit::fields).setHeader(getTranslation("search.fields")).setFlexGrow(1);
        experts.addItemClickListener(e -> open("bureau/experts"));
        for (Grid<?> grid : List.of(dossiers, units, carriers, experts)) {
            grid.setAllRowsVisible(true);
        }
        add(new H2(getTranslation("search.title")), text, results);
    }

    private void open(String location) {
        getUI().ifPresent(ui -> ui.navigate(location));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<String> asked = event.getLocation().getQueryParameters().getSingleParameter("q");
        String q = asked.orElse("");
        text.setValue(q);
        results.removeAll();
        if (q.isBlank()) {
            // spaces alone (also the full-width 「　」) are a search for nothing: say what to type
            asked.ifPresent(blank -> results.add(new Paragraph(getTranslation("search.what",
                    SearchService.SHORTEST, SearchService.LONGEST))));
            return;
        }
        try {
            show(search.search(q));
        } catch (PortalException e) {
            Notifications.refused(this, e);
        }
    }

    private void show(SearchResults found) {
        if (found.isEmpty()) {
            results.add(new Paragraph(getTranslation("search.nothing", found.text())));
            return;
        }
        section("search.dossiers", found.dossiers(), dossiers);
        section("search.units", found.units(), units);
        section("search.carriers", found.carriers(), carriers);
        section("search.experts", found.experts(), experts);
    }

    private <T> void section(String title, List<T> rows, Grid<T> grid) {
        if (rows.isEmpty()) {
            return;
        }
        grid.setItems(rows);
        String count = rows.size() >= SearchService.PER_KIND ? getTranslation("search.first", rows.size())
                : String.valueOf(rows.size());
        results.add(new H3(getTranslation(title) + "（" + count + "）"), (Component) grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("search.title");
    }
}
