package cn.kunming.kjj.carrier.credit.ui;

import cn.kunming.kjj.carrier.common.UnitId;
import cn.kunming.kjj.carrier.common.PortalException;
import cn.kunming.kjj.carrier.common.ui.Downloads;
import cn.kunming.kjj.carrier.common.ui.EvidenceUpload;
import cn.kunming.kjj.carrier.common.ui.FormDialog;
import cn.kunming.kjj.carrier.common.ui.Formats;
import cn.kunming.kjj.carrier.credit.CreditCheck;
import cn.kunming.kjj.carrier.credit.CreditService;
import cn.kunming.kjj.carrier.security.Roles;
import cn.kunming.kjj.carrier.tenant.HostUnit;
import cn.kunming.kjj.carrier.tenant.HostUnitService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import cn.kunming.kjj.carrier.common.ui.ListAddress;
import cn.kunming.kjj.carrier.common.ui.ListGrids;
import cn.kunming.kjj.carrier.common.ui.QueryParams;
import cn.kunming.kjj.carrier.common.ui.RowCount;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;

import java.util.stream.Collectors;

/**
 * The credit check history of a unit in the officer's scope, and the record of a manual check of 信用中国; the unit
 * chosen stays in the address, the checks are counted (issue 25).
 */
@Route("credit/checks")
@Menu(title = "nav.creditChecks", order = 38, icon = "vaadin:search")
@RolesAllowed({Roles.BUREAU_OFFICER, Roles.DISTRICT_OFFICER})
class CreditChecksView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final transient CreditService credit;
    final ComboBox<HostUnit> unit = new ComboBox<>();
    final Grid<CreditCheck> grid = new Grid<>();
    final Button manual = new Button();
    final RowCount count = new RowCount();
    final ListAddress address = new ListAddress("credit/checks");
    private final transient HostUnitService units;
    com.vaadin.flow.component.html.Anchor export;

    CreditChecksView(CreditService credit, HostUnitService units) {
        this.credit = credit;
        this.units = units;
        setSizeFull();
        unit.setLabel(getTranslation("unit.name"));
        unit.setItems(query -> units.find(query.getFilter().orElse(""), query.getOffset(), query.getLimit()).stream());
        unit.setItemLabelGenerator(u -> u.name() + "（" + u.creditCode() + "）");
        unit.setWidth("32em");
        unit.addValueChangeListener(e -> refresh());
        manual.setText(getTranslation("credit.manual"));
        manual.addClickListener(e -> recordManual());
        manual.setEnabled(false);
        grid.addColumn(c -> Formats.dateTime(c.checkedAt())).setHeader(getTranslation("credit.checkedAt")).setAutoWidth(true);
        grid.addColumn(c -> getTranslation(c.occasion().messageKey())).setHeader(getTranslation("credit.occasion"));
        grid.addColumn(c -> getTranslation(c.source().messageKey())).setHeader(getTranslation("credit.source"));
        grid.addColumn(c -> c.window().from() + " – " + c.window().to()).setHeader(getTranslation("credit.window"));
        grid.addColumn(c -> getTranslation(c.result().messageKey())).setHeader(getTranslation("credit.result"));
        grid.addColumn(c -> c.matched().stream().map(e -> CreditChecksPanel.entry(this, e)).collect(Collectors.joining("；"))
                + (c.detail() == null ? "" : c.detail())).setHeader(getTranslation("credit.matched")).setFlexGrow(2);
        grid.addComponentColumn(c -> {
            String name = c.evidenceName() == null ? getTranslation("objection.evidence") : c.evidenceName();
            return c.evidenceSha256() == null ? new Span() : Downloads.stored(name, name, "application/octet-stream",
                    () -> credit.evidence(c.id()));
        }).setHeader(getTranslation("objection.evidence"));
        grid.addColumn(CreditCheck::checkedBy).setHeader(getTranslation("audit.actor"));
        grid.setEmptyStateText(getTranslation("review.creditNotChecked"));
        export = cn.kunming.kjj.carrier.common.ui.Downloads.link(getTranslation("carrier.export"), "信用核查记录.xlsx",
                cn.kunming.kjj.carrier.common.ui.Downloads.XLSX,
                () -> credit.exportChecksOfUnit(unit.getValue() == null ? UnitId.of(-1) : unit.getValue().id()));
        export.setEnabled(false);
        HorizontalLayout top = new HorizontalLayout(unit, manual, export, count);
        top.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(new H2(getTranslation("nav.creditChecks")), top, grid);
    }

    /** The unit chosen stays in the address (issue 25); one outside the officer's scope is not found, as if absent. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Long id = QueryParams.readId(event.getLocation().getQueryParameters(), "unit");
        unit.setValue(id == null ? null : units.find(UnitId.of(id)).orElse(null));
        refresh();
    }

    void refresh() {
        manual.setEnabled(unit.getValue() != null);
        export.setEnabled(unit.getValue() != null);
        count.show(ListGrids.shown(grid, unit.getValue() == null ? java.util.List.of()
                : credit.checksOfUnit(unit.getValue().id())));
        address.write(this, new QueryParams().put("unit", unit.getValue() == null ? null : unit.getValue().id()));
    }

    FormDialog recordManual() {
        RadioButtonGroup<Boolean> listed = new RadioButtonGroup<>(getTranslation("credit.result"));
        listed.setItems(false, true);
        listed.setItemLabelGenerator(b -> getTranslation(b ? "checkResult.LISTED" : "checkResult.CLEAR"));
        listed.setValue(false);
        TextArea note = new TextArea(getTranslation("credit.note"));
        note.setWidthFull();
        EvidenceUpload upload = new EvidenceUpload();
        FormDialog dialog = new FormDialog(getTranslation("credit.manual"), new VerticalLayout(
                new Span(getTranslation("credit.manualIntro")), listed, note, new Span(getTranslation("objection.evidence")), upload),
                getTranslation("action.save"), () -> credit.recordManualCheck(unit.getValue().id(),
                listed.getValue(), note.getValue(), upload.file()), this::refresh);
        dialog.open();
        return dialog;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.creditChecks");
    }
}
