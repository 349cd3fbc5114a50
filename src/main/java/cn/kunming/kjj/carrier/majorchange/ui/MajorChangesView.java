package cn.kunming.kjj.carrier.majorchange.ui;

import cn.kunming.kjj.carrier.common.CarrierId;
import cn.kunming.kjj.carrier.carrier.Carrier;
import cn.kunming.kjj.carrier.carrier.CarrierFilter;
import cn.kunming.kjj.carrier.carrier.CarrierService;
import cn.kunming.kjj.carrier.common.ui.Autosave;
import cn.kunming.kjj.carrier.common.ui.DatePickers;
import cn.kunming.kjj.carrier.common.ui.FormDialog;
import cn.kunming.kjj.carrier.common.ui.Formats;
import cn.kunming.kjj.carrier.eligibility.ui.FactsForm;
import cn.kunming.kjj.carrier.majorchange.ChangeType;
import cn.kunming.kjj.carrier.majorchange.MajorChange;
import cn.kunming.kjj.carrier.majorchange.MajorChangeService;
import cn.kunming.kjj.carrier.majorchange.ChangeDraft;
import cn.kunming.kjj.carrier.security.CurrentUser;
import cn.kunming.kjj.carrier.security.Role;
import cn.kunming.kjj.carrier.security.Roles;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import cn.kunming.kjj.carrier.common.ui.ListAddress;
import cn.kunming.kjj.carrier.common.ui.ListGrids;
import cn.kunming.kjj.carrier.common.ui.QueryParams;
import cn.kunming.kjj.carrier.common.ui.RowCount;
import cn.kunming.kjj.carrier.common.ui.RowPositions;
import cn.kunming.kjj.carrier.majorchange.ChangeStatus;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;

import java.time.Clock;
import java.time.LocalDate;

/**
 * Major changes (G6.1): filed by the unit with the facts as they now stand; each shown with its three-month
 * deadline, how late it came, and where its review stands. Visible to the unit, its district and the bureau.
 */
@Route("changes")
@Menu(title = "nav.changes", order = 42, icon = "vaadin:exchange")
@RolesAllowed({Roles.APPLICANT, Roles.DISTRICT_OFFICER, Roles.BUREAU_OFFICER})
class MajorChangesView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final transient MajorChangeService changes;
    private final transient CarrierService carriers;
    private final transient Clock clock;
    final Grid<MajorChange> grid = new Grid<>();
    final ComboBox<ChangeStatus> status = new ComboBox<>();
    final RowCount count = new RowCount();
    final ListAddress address = new ListAddress("changes");
    private final RowPositions<MajorChange> positions = new RowPositions<>(MajorChange::id);
    private boolean entering;

    MajorChangesView(MajorChangeService changes, CarrierService carriers, CurrentUser currentUser, Clock clock) {
        this.changes = changes;
        this.carriers = carriers;
        this.clock = clock;
        setSizeFull();
        grid.addColumn(MajorChange::carrierName).setHeader(getTranslation("carrier.name")).setFlexGrow(1);
        grid.addColumn(c -> getTranslation(c.type().messageKey())).setHeader(getTranslation("change.type"));
        grid.addColumn(c -> Formats.date(c.changedOn())).setHeader(getTranslation("change.changedOn"));
        grid.addColumn(c -> Formats.date(c.dueOn()) + (c.dueEstimated() ? " " + getTranslation("calendar.estimated") : ""))
                .setHeader(getTranslation("change.dueOn"));
        grid.addColumn(c -> c.daysLate() > 0 ? getTranslation("change.late", c.daysLate()) : getTranslation("change.onTime"))
                .setHeader(getTranslation("change.filed"));
        grid.addColumn(c -> getTranslation(c.status().messageKey())
                + (c.decision() == null ? "" : "：" + getTranslation(c.decision().messageKey()))).setHeader(getTranslation("account.status"));
        grid.addItemClickListener(e -> open(e.getItem()));
        ListGrids.enterOpens(grid, this::open);
        status.setLabel(getTranslation("account.status"));
        status.setItems(ChangeStatus.values());
        status.setItemLabelGenerator(st -> getTranslation(st.messageKey()));
        status.setClearButtonVisible(true);
        status.setPlaceholder(getTranslation("filter.all"));
        status.addValueChangeListener(e -> refresh());
        grid.setEmptyStateText(getTranslation("list.empty"));
        add(new H2(getTranslation("nav.changes")), new Paragraph(getTranslation("change.intro")));
        if (currentUser.require().role() == Role.APPLICANT) {
            Button file = new Button(getTranslation("change.file"), e -> fileDialog());
            file.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(file);
        }
        add(cn.kunming.kjj.carrier.common.ui.Downloads.link(getTranslation("carrier.export"), "重大变化报告.xlsx",
                cn.kunming.kjj.carrier.common.ui.Downloads.XLSX, changes::export));
        HorizontalLayout filters = new HorizontalLayout(status, count);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(filters, grid);
    }

    /** The status and the position of the row opened come from the address (issue 25): Back returns there. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters q = event.getLocation().getQueryParameters();
        entering = true;
        status.setValue(QueryParams.read(q, "status", ChangeStatus::valueOf));
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
        List<MajorChange> shown = changes.changes().stream()
                .filter(c -> status.getValue() == null || c.status() == status.getValue()).toList();
        count.show(ListGrids.shown(grid, positions.page(shown, 0).toList()));
        remember(0);
    }

    private void remember(int position) {
        address.write(this, new QueryParams().put("status", status.getValue()).put("pos", position > 0 ? position : null));
    }

    private void open(MajorChange change) {
        remember(positions.of(change));
        getUI().ifPresent(ui -> ui.navigate(MajorChangeView.class, change.id()));
    }

    FormDialog fileDialog() {
        Select<Carrier> carrier = new Select<>();
        carrier.setLabel(getTranslation("carrier.name"));
        carrier.setItems(carriers.register(CarrierFilter.none()).stream().filter(c -> c.status().active()).toList());
        carrier.setItemLabelGenerator(c -> c == null ? "" : c.name());
        Select<ChangeType> type = new Select<>();
        type.setLabel(getTranslation("change.type"));
        type.setItems(ChangeType.values());
        type.setItemLabelGenerator(t -> t == null ? "" : getTranslation(t.messageKey()));
        DatePicker changedOn = DatePickers.create(getTranslation("change.changedOn"), getLocale());
        Span due = new Span();
        changedOn.addValueChangeListener(e -> due.setText(e.getValue() == null ? "" : getTranslation("change.dueHint",
                Formats.date(changes.deadline(e.getValue()).dueOn()))));
        TextArea description = new TextArea(getTranslation("change.description"));
        description.setWidthFull();
        TextField newName = new TextField(getTranslation("change.newName"));
        TextField newCode = new TextField(getTranslation("change.newCreditCode"));
        TextField newHead = new TextField(getTranslation("change.newHead"));
        FactsForm facts = new FactsForm(LocalDate.now(clock));
        facts.setVisible(false);
        carrier.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                facts.show(changes.approvedFacts(e.getValue().id()));
                facts.setVisible(true);
            }
        });
        VerticalLayout body = new VerticalLayout(new FormLayout(carrier, type, changedOn), due, description,
                new FormLayout(newName, newCode, newHead), new Span(getTranslation("change.factsHint")), facts);
        Autosave.whileTyping(description, newName, newCode, newHead);
        keepUntilFiled(body, carrier, type, changedOn, description, newName, newCode, newHead);
        FormDialog dialog = new FormDialog(getTranslation("change.file"), body, getTranslation("change.file"),
                () -> changes.file(new ChangeDraft(carrier.getValue() == null ? CarrierId.of(-1) : carrier.getValue().id(), type.getValue(),
                        changedOn.getValue(), description.getValue(), carrier.getValue() == null ? null : facts.facts(),
                        newName.getValue(), newCode.getValue(), newHead.getValue())), this::refresh);
        dialog.setWidth("60em");
        dialog.open();
        return dialog;
    }

    /**
     * A change report lives only in the dialog until it is filed: once anything is entered, leaving the page asks
     * first (the facts below are pre-filled and follow the carrier, so they count with it).
     */
    private static void keepUntilFiled(VerticalLayout body, com.vaadin.flow.component.HasValue<?, ?>... fields) {
        Autosave.guard(body);
        for (var field : fields) {
            field.addValueChangeListener(e -> Autosave.hold(body, "change", true));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.changes");
    }
}
