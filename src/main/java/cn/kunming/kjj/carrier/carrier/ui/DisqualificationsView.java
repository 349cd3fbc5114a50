package cn.kunming.kjj.carrier.carrier.ui;

import cn.kunming.kjj.carrier.carrier.CarrierManagementService;
import cn.kunming.kjj.carrier.carrier.RecoveryChoice;
import cn.kunming.kjj.carrier.carrier.RecoveryDecision;
import cn.kunming.kjj.carrier.carrier.ManagementRecords.Disqualification;
import cn.kunming.kjj.carrier.common.ui.DatePickers;
import cn.kunming.kjj.carrier.common.ui.FormDialog;
import cn.kunming.kjj.carrier.common.ui.Formats;
import cn.kunming.kjj.carrier.common.ui.Notifications;
import cn.kunming.kjj.carrier.security.Roles;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import cn.kunming.kjj.carrier.common.ui.ListGrids;
import cn.kunming.kjj.carrier.common.ui.RowCount;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

import java.time.Clock;
import java.time.LocalDate;

/** Proposals of disqualification waiting for the bureau (M5.3, M5.4): confirm or dismiss, with a reason. */
@Route("bureau/disqualifications")
@Menu(title = "nav.disqualifications", order = 41, icon = "vaadin:close-circle-o")
@RolesAllowed(Roles.BUREAU_OFFICER)
class DisqualificationsView extends VerticalLayout implements HasDynamicTitle {

    private final transient CarrierManagementService management;
    private final transient Clock clock;
    final Grid<Disqualification> grid = new Grid<>();
    final RowCount count = new RowCount();

    DisqualificationsView(CarrierManagementService management, Clock clock) {
        this.management = management;
        this.clock = clock;
        setSizeFull();
        Button detect = new Button(getTranslation("disqualification.detect"), e -> {
            int added = management.detect();
            Notifications.success(this, "disqualification.detected", added);
            refresh();
        });
        grid.addColumn(Disqualification::carrierName).setHeader(getTranslation("carrier.name")).setFlexGrow(1);
        grid.addColumn(d -> getTranslation(d.ground().messageKey())).setHeader(getTranslation("disqualification.ground"));
        grid.addColumn(Disqualification::detail).setHeader(getTranslation("disqualification.detail")).setFlexGrow(2);
        grid.addColumn(d -> Formats.dateTime(d.proposedAt()) + " " + d.proposedBy()).setHeader(getTranslation("disqualification.proposedAt"));
        grid.addComponentColumn(d -> {
            Button decide = new Button(getTranslation("credit.decide"), e -> decide(d));
            decide.addThemeVariants(ButtonVariant.LUMO_SMALL);
            return decide;
        });
        grid.addItemDoubleClickListener(e -> getUI().ifPresent(ui -> ui.navigate(CarrierFileView.class, e.getItem().carrierId().value())));
        grid.setEmptyStateText(getTranslation("disqualification.none"));
        add(new H2(getTranslation("nav.disqualifications")), new Paragraph(getTranslation("disqualification.intro")),
                new HorizontalLayout(detect, count), grid);
        refresh();
    }

    void refresh() {
        count.show(ListGrids.shown(grid, management.proposals()));
    }

    FormDialog decide(Disqualification d) {
        RadioButtonGroup<Boolean> confirm = new RadioButtonGroup<>(getTranslation("credit.decision"));
        confirm.setItems(true, false);
        confirm.setItemLabelGenerator(b -> getTranslation(b ? "disqualification.confirm" : "disqualification.dismiss"));
        TextArea reason = new TextArea(getTranslation("objection.reason"));
        reason.setWidthFull();
        DatePicker effective = DatePickers.create(getTranslation("disqualification.effectiveOn"), getLocale());
        effective.setValue(LocalDate.now(clock));
        TextArea audit = new TextArea(getTranslation("disqualification.auditFollowUp"));
        audit.setWidthFull();
        // 视情况收回 (M5.4): proposed in full; a part or nothing with its reason (applies when a subsidy was disbursed)
        RadioButtonGroup<RecoveryDecision> recovery = new RadioButtonGroup<>(getTranslation("recovery.decision"));
        recovery.setItems(RecoveryDecision.values());
        recovery.setItemLabelGenerator(r -> getTranslation(r.messageKey()));
        recovery.setValue(RecoveryDecision.FULL);
        recovery.setHelperText(getTranslation("recovery.decisionHelp"));
        BigDecimalField part = new BigDecimalField(getTranslation("recovery.partYuan"));
        part.setVisible(false);
        TextField recoveryReason = new TextField(getTranslation("recovery.reason"));
        recoveryReason.setWidthFull();
        recoveryReason.setVisible(false);
        recovery.addValueChangeListener(e -> {
            part.setVisible(e.getValue() == RecoveryDecision.PART);
            recoveryReason.setVisible(e.getValue() != RecoveryDecision.FULL);
        });
        FormDialog dialog = new FormDialog(getTranslation("credit.decide"), new VerticalLayout(new Paragraph(d.carrierName()
                + " · " + d.detail()), confirm, reason, effective, audit, recovery, part, recoveryReason),
                getTranslation("action.save"),
                () -> {
                    if (confirm.getValue() == null) {
                        throw new cn.kunming.kjj.carrier.common.PortalException("disqualification.chooseDecision");
                    }
                    management.decide(d.id(), confirm.getValue(), reason.getValue(), effective.getValue(), audit.getValue(),
                            new RecoveryChoice(recovery.getValue(), part.getValue(), recoveryReason.getValue()));
                }, this::refresh);
        dialog.open();
        return dialog;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.disqualifications");
    }
}
