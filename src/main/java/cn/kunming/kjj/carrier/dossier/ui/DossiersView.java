package cn.kunming.kjj.carrier.dossier.ui;

import cn.kunming.kjj.carrier.common.CallId;
import cn.kunming.kjj.carrier.call.Call;
import cn.kunming.kjj.carrier.call.CallService;
import cn.kunming.kjj.carrier.common.CarrierKind;
import cn.kunming.kjj.carrier.common.ui.BackgroundExport;
import cn.kunming.kjj.carrier.common.ui.Downloads;
import com.vaadin.flow.component.html.Anchor;
import cn.kunming.kjj.carrier.common.ui.Formats;
import cn.kunming.kjj.carrier.dossier.DossierRow;
import cn.kunming.kjj.carrier.dossier.DossierSort;
import cn.kunming.kjj.carrier.dossier.DossierFilter;
import cn.kunming.kjj.carrier.dossier.DossierListService;
import cn.kunming.kjj.carrier.dossier.DossierStage;
import cn.kunming.kjj.carrier.security.CurrentUser;
import cn.kunming.kjj.carrier.security.Role;
import cn.kunming.kjj.carrier.security.Roles;
import cn.kunming.kjj.carrier.tenant.Tenant;
import cn.kunming.kjj.carrier.tenant.TenantService;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The dossiers in the officer's scope (the bureau all tenants, a district its own), filtered by call, stage, kind,
 * tenant, field and year; the filters come from the URL too, so that a dashboard figure opens exactly its list.
 */
@Route(DossierListLink.ROUTE)
@Menu(title = "nav.dossiers", order = 25, icon = "vaadin:folder-open-o")
@RolesAllowed({Roles.BUREAU_OFFICER, Roles.DISTRICT_OFFICER})
class DossiersView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final transient DossierListService dossiers;
    private final List<Call> calls;
    private final List<Tenant> tenantList;
    final ComboBox<Call> call = new ComboBox<>();
    // combo boxes, not selects: a select keeps a component per option in the session, a combo box sends its items as data
    final ComboBox<DossierStage> stage = new ComboBox<>();
    final ComboBox<CarrierKind> kind = new ComboBox<>();
    final ComboBox<Tenant> tenant = new ComboBox<>();
    final TextField field = new TextField();
    final IntegerField year = new IntegerField();
    final Grid<DossierRow> grid = new Grid<>();
    final BackgroundExport export;
    private boolean entering;

    DossiersView(DossierListService dossiers, CallService calls, TenantService tenants, CurrentUser currentUser) {
        this.dossiers = dossiers;
        this.calls = calls.published();
        this.tenantList = tenants.all();
        setSizeFull();
        Map<String, String> tenantNames = tenantList.stream().collect(Collectors.toMap(t -> t.id().value(), Tenant::name));
        Map<CallId, Call> callsById = this.calls.stream().collect(Collectors.toMap(Call::id, c -> c));
        call.setLabel(getTranslation("dossier.call"));
        call.setItems(this.calls);
        call.setItemLabelGenerator(c -> c.year() + " · " + c.title());
        call.setClearButtonVisible(true);
        call.setPlaceholder(getTranslation("filter.all"));
        call.setWidth("24em");
        stage.setLabel(getTranslation("dossier.stage"));
        stage.setItems(DossierStage.values());
        stage.setClearButtonVisible(true);
        stage.setPlaceholder(getTranslation("filter.all"));
        stage.setItemLabelGenerator(s -> getTranslation(s.messageKey()));
        kind.setLabel(getTranslation("selfCheck.kind"));
        kind.setItems(CarrierKind.values());
        kind.setClearButtonVisible(true);
        kind.setPlaceholder(getTranslation("filter.all"));
        kind.setItemLabelGenerator(k -> getTranslation(k.messageKey()));
        tenant.setLabel(getTranslation("unit.tenant"));
        tenant.setItems(tenantList.stream().filter(t -> !t.industryAuthority()).toList());
        tenant.setItemLabelGenerator(Tenant::name);
        tenant.setClearButtonVisible(true);
        tenant.setVisible(currentUser.require().role() == Role.BUREAU_OFFICER);
        field.setLabel(getTranslation("dossier.industryField"));
        field.setHelperText(getTranslation("dossier.fieldExact"));
        field.setValueChangeMode(ValueChangeMode.LAZY);
        year.setLabel(getTranslation("dossier.callYear"));
        year.setClearButtonVisible(true);
        year.setMin(1900);
        year.setMax(9999);
        call.addValueChangeListener(e -> refresh());
        stage.addValueChangeListener(e -> refresh());
        kind.addValueChangeListener(e -> refresh());
        tenant.addValueChangeListener(e -> refresh());
        field.addValueChangeListener(e -> refresh());
        year.addValueChangeListener(e -> refresh());

        grid.addColumn(DossierRow::name).setHeader(getTranslation("selfCheck.name")).setFlexGrow(1)
                .setSortProperty(DossierSort.Column.NAME.name());
        grid.addColumn(d -> getTranslation(d.kind().messageKey())).setHeader(getTranslation("selfCheck.kind"))
                .setSortProperty(DossierSort.Column.KIND.name());
        grid.addColumn(d -> tenantNames.getOrDefault(d.tenantId().value(), "")).setHeader(getTranslation("unit.tenant"))
                .setSortProperty(DossierSort.Column.TENANT.name());
        grid.addColumn(DossierRow::industryField).setHeader(getTranslation("dossier.industryField"))
                .setSortProperty(DossierSort.Column.FIELD.name());
        grid.addColumn(d -> callsById.containsKey(d.callId()) ? callsById.get(d.callId()).title() : "")
                .setHeader(getTranslation("dossier.call"));
        grid.addColumn(d -> getTranslation(d.status().messageKey())).setHeader(getTranslation("account.status"))
                .setSortProperty(DossierSort.Column.STATUS.name());
        grid.addColumn(d -> Formats.dateTime(d.lastSavedAt())).setHeader(getTranslation("dossier.lastSaved"))
                .setSortProperty(DossierSort.Column.LAST_SAVED.name());
        grid.addColumn(DossierRow::submittedVersions).setHeader(getTranslation("dossier.versions"));
        // lazy: each page of 50 lines is read and sorted by the database; the session keeps no list
        grid.setItems(query -> dossiers.rows(filter(), sort(query.getSortOrders()), query.getOffset(), query.getLimit())
                .stream(), query -> dossiers.count(filter()));
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(DossierView.class, e.getItem().id().value())));
        grid.setEmptyStateText(getTranslation("list.empty"));
        export = new BackgroundExport("申报材料.xlsx", getTranslation("carrier.export"), () -> {
            DossierFilter shown = filter();
            DossierSort order = sort(grid.getSortOrder().stream()
                    .flatMap(o -> o.getSorted().getSortOrder(o.getDirection())).toList());
            return progress -> dossiers.export(shown, order, progress);
        });
        Anchor zip = Downloads.streamed(getTranslation("dossier.recommendedZip"), "推荐材料附件.zip", Downloads.ZIP,
                out -> dossiers.writeRecommendedZip(call.getValue() == null ? CallId.of(-1) : call.getValue().id(), out));
        zip.getElement().setAttribute("title", getTranslation("dossier.recommendedZipHelp"));
        zip.setEnabled(call.getValue() != null);
        call.addValueChangeListener(e -> zip.setEnabled(e.getValue() != null));
        HorizontalLayout filters = new HorizontalLayout(call, stage, kind, field, year, export, zip);
        if (tenant.isVisible()) {
            // only the bureau chooses a tenant; a district's page does not carry the hidden field
            filters.addComponentAtIndex(3, tenant);
        }
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        add(new H2(getTranslation("nav.dossiers")), filters, grid);
    }

    DossierFilter filter() {
        // a year out of range is refused beside its field; the list is then read as if no year were given
        Integer y = year.getValue() == null || year.getValue() < 1900 || year.getValue() > 9999 ? null : year.getValue();
        return new DossierFilter(call.getValue() == null ? null : call.getValue().id(),
                stage.getValue() == null ? java.util.Set.of() : stage.getValue().statuses(), kind.getValue(),
                tenant.getValue() == null ? null : tenant.getValue().id(), field.getValue(), y);
    }

    /** Without parameters the latest call is shown; with them, exactly the list they describe. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        boolean linked = !event.getLocation().getQueryParameters().getParameters().isEmpty();
        DossierFilter f = DossierListLink.parse(event.getLocation().getQueryParameters());
        entering = true;
        call.setValue(calls.stream().filter(c -> f.callId() != null ? c.id().equals(f.callId()) : !linked)
                .findFirst().orElse(null));
        stage.setValue(f.stage());
        kind.setValue(f.kind());
        tenant.setValue(f.tenant() == null || !tenant.isVisible() ? null
                : tenantList.stream().filter(t -> t.id().equals(f.tenant())).findFirst().orElse(null));
        field.setValue(f.field() == null ? "" : f.field());
        year.setValue(f.year());
        entering = false;
        refresh();
    }

    void refresh() {
        if (!entering) {
            grid.getDataProvider().refreshAll();
        }
    }

    /** The grid's first sort order as the list's order; the list's own order when the reader has not sorted. */
    static DossierSort sort(List<QuerySortOrder> orders) {
        return orders.stream().findFirst()
                .map(o -> new DossierSort(DossierSort.Column.valueOf(o.getSorted()), o.getDirection() == SortDirection.DESCENDING))
                .orElse(DossierSort.NEWEST);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.dossiers");
    }
}
