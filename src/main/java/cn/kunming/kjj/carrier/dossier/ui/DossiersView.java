package cn.kunming.kjj.carrier.dossier.ui;

import cn.kunming.kjj.carrier.common.CallId;
import cn.kunming.kjj.carrier.call.Call;
import cn.kunming.kjj.carrier.call.CallService;
import cn.kunming.kjj.carrier.call.CurrentCall;
import cn.kunming.kjj.carrier.common.ui.BackgroundExport;
import cn.kunming.kjj.carrier.common.ui.Downloads;
import cn.kunming.kjj.carrier.common.ui.ListAddress;
import cn.kunming.kjj.carrier.common.ui.ListSearch;
import cn.kunming.kjj.carrier.common.ui.PagedTable;
import cn.kunming.kjj.carrier.common.ui.PagedTableMarkup;
import cn.kunming.kjj.carrier.common.ui.PortalI18NProvider;
import cn.kunming.kjj.carrier.common.DossierId;
import cn.kunming.kjj.carrier.common.ui.QueryParams;
import cn.kunming.kjj.carrier.common.ui.RowCount;
import cn.kunming.kjj.carrier.preference.ListPreferenceService;
import cn.kunming.kjj.carrier.preference.ui.ColumnChooser;
import com.vaadin.flow.component.html.Anchor;
import cn.kunming.kjj.carrier.dossier.DossierSort;
import cn.kunming.kjj.carrier.dossier.DossierFilter;
import cn.kunming.kjj.carrier.dossier.DossierListService;
import cn.kunming.kjj.carrier.security.CurrentUser;
import cn.kunming.kjj.carrier.security.Role;
import cn.kunming.kjj.carrier.security.Roles;
import cn.kunming.kjj.carrier.tenant.TenantService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The dossiers in the officer's scope (the bureau all tenants, a district its own), searched by name, unit, credit code
 * or number, and filtered by call, stage reached, present status, kind, tenant, field and year. The list keeps its filters, sort and position in its address, so that
 * a dashboard figure opens exactly its list and Back from a dossier returns to it (issue 25); it opens on the call under
 * review when nothing is chosen, says how many rows it has, and exports all rows or the selected ones. It is a paged
 * table of links (decision 0044): each page, sort and row is an address.
 */
@Route(DossierListLink.ROUTE)
@Menu(title = "nav.dossiers", order = 25, icon = "vaadin:folder-open-o")
@RolesAllowed({Roles.BUREAU_OFFICER, Roles.DISTRICT_OFFICER})
class DossiersView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    static final String LIST_KEY = "dossiers";

    private final transient DossierListService dossiers;
    private final transient CallService callService;
    private final transient TenantService tenants;
    private final boolean choosesTenant;
    private final List<CallChoice> calls;
    final ComboBox<CallChoice> call = new ComboBox<>();
    private @Nullable MoreDossierFilters more;
    final Button moreFilters = new Button();
    private final HorizontalLayout filters;
    final ListSearch search = new ListSearch("list.searchDossiers", this::refresh);
    final PagedTable table;
    private final transient DossierRows rows;
    private @Nullable String sort;
    private int page = 1;
    final RowCount count = new RowCount();
    final BackgroundExport export;
    final Anchor exportSelected;
    final ColumnChooser columns;
    final ListAddress address = new ListAddress(DossierListLink.ROUTE);
    private boolean entering;

    DossiersView(DossierListService dossiers, CallService calls, TenantService tenants, CurrentUser currentUser,
                 ListPreferenceService preferences, DossierRows rows) {
        this.dossiers = dossiers;
        this.rows = rows;
        this.callService = calls;
        this.tenants = tenants;
        this.calls = calls.published().stream().map(CallChoice::of).toList();
        this.choosesTenant = currentUser.require().role() == Role.BUREAU_OFFICER;
        setSizeFull();
        call.setLabel(getTranslation("dossier.call"));
        call.setItems(this.calls);
        call.setItemLabelGenerator(c -> c.year() + " · " + c.title());
        call.setClearButtonVisible(true);
        call.setPlaceholder(getTranslation("filter.all"));
        call.setWidth("24em");
        call.addValueChangeListener(e -> {
            callColumn();
            refresh();
        });
        moreFilters.setText(getTranslation("filter.more"));
        moreFilters.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        moreFilters.addClickListener(e -> more());

        // the browser fetches each page from the list's own address (read in the reader's scope, decision 0044)
        table = new PagedTable(LIST_KEY, () -> show(dossiers.count(filter())), address -> rows.html(QueryParameters.fromString(
                address.substring(address.indexOf('?') + 1)), getLocale()));
        table.columns(rows.headers(true, getLocale()));
        export = new BackgroundExport("申报材料.xlsx", getTranslation("carrier.export"), () -> {
            DossierFilter shown = filter();
            DossierSort order = DossierSort.parse(sort, DossierSort.NEWEST);
            return progress -> dossiers.export(shown, order, progress);
        });
        exportSelected = Downloads.link(getTranslation("list.exportSelected"), "申报材料-所选.xlsx", Downloads.XLSX,
                () -> dossiers.exportSelected(table.selected().stream().map(DossierId::of).toList()));
        exportSelected.setEnabled(false);
        Runnable ticksShown = () -> {
            exportSelected.setEnabled(!table.selected().isEmpty());
            exportSelected.setText(table.selected().isEmpty() ? getTranslation("list.exportSelected")
                    : getTranslation("list.exportSelected") + " · " + getTranslation("list.selectedCount",
                    table.selected().size()));
        };
        table.onSelectionChange(ticksShown);
        // the ticks of this tab's list before a dossier was opened and Back
        ticksShown.run();
        Anchor zip = Downloads.streamed(getTranslation("dossier.recommendedZip"), "推荐材料附件.zip", Downloads.ZIP,
                out -> dossiers.writeRecommendedZip(call.getValue() == null ? CallId.of(-1) : call.getValue().id(), out));
        zip.getElement().setAttribute("title", getTranslation("dossier.recommendedZipHelp"));
        zip.setEnabled(call.getValue() != null);
        call.addValueChangeListener(e -> zip.setEnabled(e.getValue() != null));
        columns = new ColumnChooser(table, LIST_KEY, preferences);
        filters = new HorizontalLayout(search, call, moreFilters);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        HorizontalLayout tools = new HorizontalLayout(count, export, exportSelected, zip, columns);
        tools.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        tools.setWrap(true);
        add(new H2(getTranslation("nav.dossiers")), filters, tools, table);
    }

    /** The call column shows while the list shows every call: a chosen call is in the box above the list. */
    private void callColumn() {
        boolean everyCall = call.getValue() == null;
        if (everyCall != table.has("call")) {
            table.columns(rows.headers(everyCall, getLocale()));
            columns.columnsChanged(everyCall ? "call" : null);
        }
    }

    DossierFilter filter() {
        DossierFilter f = new DossierFilter(call.getValue() == null ? null : call.getValue().id(), java.util.Set.of(),
                null, null, null, null, null, null, search.term());
        return more == null ? f : more.narrow(f);
    }

    /** The less used filters, made and shown in the bar the first time they are wanted. */
    MoreDossierFilters more() {
        MoreDossierFilters made = more;
        if (made == null) {
            // only the bureau chooses a tenant; a district's page does not carry the field
            made = new MoreDossierFilters(this::getTranslation,
                    choosesTenant ? tenants.all().stream().filter(t -> !t.industryAuthority()).toList() : List.of(),
                    dossiers.fields(), this::refresh);
            more = made;
            filters.remove(moreFilters);
            filters.add(made.inputs());
        }
        return made;
    }

    /**
     * Without parameters the list opens on the call under review in the reader's scope; with them, exactly the list
     * they describe ({@code call=all}: every call). What does not parse, or names nothing the reader has, is ignored.
     */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters q = event.getLocation().getQueryParameters();
        // a link from a figure names its filters and means every call unless it names one; the list's own address
        // always names its call
        boolean linked = q.getParameters().keySet().stream().anyMatch(k -> !k.equals("pos") && !k.equals("sort"));
        DossierFilter f = DossierListLink.parse(q);
        entering = true;
        CallChoice chosen = calls.stream().filter(c -> c.id().equals(f.callId())).findFirst().orElse(null);
        boolean allCalls = "all".equals(QueryParams.read(q, "call", s -> s));
        if (chosen == null && !allCalls && !linked) {
            chosen = CurrentCall.among(callService.published(), callService.now(), dossiers.callsUnderReview())
                    .map(CallChoice::of).orElse(null);
        }
        call.setValue(chosen);
        callColumn();
        if (more != null || MoreDossierFilters.named(f, choosesTenant)) {
            more().show(f);
        }
        search.read(q);
        String named = QueryParams.read(q, "sort", s -> s);
        sort = named != null && named.length() <= 40 && DossierSort.parsed(named).isPresent() ? named : null;
        page = DossierRows.page(q);
        entering = false;
        int rowsInList = dossiers.count(filter());
        page = Math.min(page, PagedTableMarkup.Page.lastPage(rowsInList));
        QueryParams shown = DossierRows.state(filter(), sort, page);
        if (!shown.parameters().getParameters().equals(q.getParameters())) {
            // the address names the list as shown (its call, a page within it, nothing ignored) before the page is
            // built: Vaadin's router writes the address it forwards to, where a write of ours now would be overwritten
            // by the browser finishing its navigation
            event.forwardTo(DossierListLink.ROUTE, shown.parameters());
            return;
        }
        show(rowsInList);
    }

    /**
     * A change of call, search or filter: the list from its first page and nothing ticked, so that what is ticked was
     * ticked under the filter shown (paging, sorting, a dossier opened and Back keep the ticks).
     */
    void refresh() {
        if (!entering) {
            page = 1;
            table.deselectAll();
            show(dossiers.count(filter()));
        }
    }

    /** Shows the count, writes the address and has the browser fetch the page (beyond the last: the last). */
    private void show(int rowsInList) {
        count.show(rowsInList);
        page = Math.min(page, PagedTableMarkup.Page.lastPage(rowsInList));
        QueryParams state = DossierRows.state(filter(), sort, page);
        address.write(this, state);
        table.load(state.put("lang", PortalI18NProvider.isEnglish(getLocale()) ? "en" : null)
                .href(DossierRowsEndpoint.PATH.substring(1)));
    }

    /** The page shown, from 1. */
    int page() {
        return page;
    }

    /** The sort as the address says it; null for the list's own order. */
    @Nullable String sort() {
        return sort;
    }

    /**
     * A published call as the list shows it: the session keeps these three fields of each, not the calls' texts and
     * required attachments (issue 27).
     */
    record CallChoice(CallId id, int year, String title) {
        static CallChoice of(Call call) {
            return new CallChoice(call.id(), call.year(), call.title());
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.dossiers");
    }
}
