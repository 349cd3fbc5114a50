package cn.kunming.kjj.carrier.credit.ui;

import cn.kunming.kjj.carrier.common.ui.FormDialog;
import cn.kunming.kjj.carrier.common.ui.Formats;
import cn.kunming.kjj.carrier.credit.CreditAlert;
import cn.kunming.kjj.carrier.credit.CreditService;
import cn.kunming.kjj.carrier.security.Roles;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
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
import cn.kunming.kjj.carrier.security.CurrentUser;
import cn.kunming.kjj.carrier.security.Role;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;

/**
 * Carriers found on a credit list, waiting for the bureau's decision (M5.3(4)): a person decides, never the list. A
 * district reads the alerts on its own carriers, which its inbox counts (issue 25), and decides none. "Open only" stays
 * in the address ({@code open=0} for every alert), the rows are counted.
 */
@Route("bureau/credit-alerts")
@Menu(title = "nav.creditAlerts", order = 39, icon = "vaadin:warning")
@RolesAllowed({Roles.BUREAU_OFFICER, Roles.DISTRICT_OFFICER})
class CreditAlertsView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final transient CreditService credit;
    final Checkbox openOnly = new Checkbox();
    final Grid<CreditAlert> grid = new Grid<>();
    final RowCount count = new RowCount();
    final ListAddress address = new ListAddress("bureau/credit-alerts");
    private final boolean decides;

    CreditAlertsView(CreditService credit, CurrentUser currentUser) {
        this.credit = credit;
        this.decides = currentUser.require().role() == Role.BUREAU_OFFICER;
        setSizeFull();
        openOnly.setLabel(getTranslation("credit.openOnly"));
        openOnly.setValue(true);
        openOnly.addValueChangeListener(e -> refresh());
        grid.addColumn(CreditAlert::carrierName).setHeader(getTranslation("carrier.name")).setFlexGrow(1);
        grid.addColumn(CreditAlert::unitName).setHeader(getTranslation("unit.name")).setFlexGrow(1);
        grid.addColumn(a -> Formats.dateTime(a.raisedAt())).setHeader(getTranslation("credit.raisedAt"));
        grid.addColumn(a -> a.decision() == null ? getTranslation("credit.alertOpen")
                : getTranslation(a.decision().messageKey()) + "：" + a.reason()).setHeader(getTranslation("account.status")).setFlexGrow(1);
        grid.addComponentColumn(a -> {
            Button decide = new Button(getTranslation("credit.decide"), e -> decide(a));
            decide.addThemeVariants(ButtonVariant.LUMO_SMALL);
            decide.setVisible(decides && a.status() == CreditAlert.AlertStatus.OPEN);
            return decide;
        });
        grid.setEmptyStateText(getTranslation("credit.noAlerts"));
        add(new H2(getTranslation("nav.creditAlerts")), new Paragraph(getTranslation("credit.alertsIntro")),
                new HorizontalLayout(openOnly, count), grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        openOnly.setValue(!"0".equals(QueryParams.read(event.getLocation().getQueryParameters(), "open", s -> s)));
        refresh();
    }

    void refresh() {
        count.show(ListGrids.shown(grid, credit.alerts(openOnly.getValue())));
        address.write(this, new QueryParams().put("open", openOnly.getValue() ? "1" : "0"));
    }

    FormDialog decide(CreditAlert alert) {
        RadioButtonGroup<CreditAlert.AlertDecision> decision = new RadioButtonGroup<>(getTranslation("credit.decision"));
        decision.setItems(CreditAlert.AlertDecision.values());
        decision.setItemLabelGenerator(d -> getTranslation(d.messageKey()));
        TextArea reason = new TextArea(getTranslation("objection.reason"));
        reason.setWidthFull();
        FormDialog dialog = new FormDialog(getTranslation("credit.decide"), new VerticalLayout(
                new Paragraph(alert.carrierName()), decision, reason), getTranslation("action.save"),
                () -> credit.decide(alert.id(), decision.getValue(), reason.getValue()), this::refresh);
        dialog.open();
        return dialog;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.creditAlerts");
    }
}
