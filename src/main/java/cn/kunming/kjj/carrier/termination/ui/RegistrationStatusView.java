package cn.kunming.kjj.carrier.termination.ui;

import cn.kunming.kjj.carrier.common.UnitId;
import cn.kunming.kjj.carrier.common.ui.LimitedUpload;
import cn.kunming.kjj.carrier.common.ui.DatePickers;
import cn.kunming.kjj.carrier.common.ui.EvidenceUpload;
import cn.kunming.kjj.carrier.common.ui.FormDialog;
import cn.kunming.kjj.carrier.common.ui.ImportProblems;
import cn.kunming.kjj.carrier.common.ui.Formats;
import cn.kunming.kjj.carrier.common.ui.Notifications;
import cn.kunming.kjj.carrier.security.CurrentUser;
import cn.kunming.kjj.carrier.security.Role;
import cn.kunming.kjj.carrier.security.Roles;
import cn.kunming.kjj.carrier.tenant.HostUnit;
import cn.kunming.kjj.carrier.tenant.HostUnitService;
import cn.kunming.kjj.carrier.tenant.RegistrationStatus;
import cn.kunming.kjj.carrier.termination.RegistrationAlert;
import cn.kunming.kjj.carrier.termination.RegistrationService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * Market registration and automatic termination (G6.3): registration files and officers' entries, the run that
 * terminates deregistered units' carriers, and the alerts it raises (a revoked licence waits for the bureau).
 */
@Route("registration")
@Menu(title = "nav.registration", order = 43, icon = "vaadin:building-o")
@RolesAllowed({Roles.DISTRICT_OFFICER, Roles.BUREAU_OFFICER})
class RegistrationStatusView extends VerticalLayout implements HasDynamicTitle {

    private final transient RegistrationService registrations;
    private final transient HostUnitService units;
    final Grid<RegistrationAlert> alerts = new Grid<>();
    final ImportProblems imported = new ImportProblems();

    RegistrationStatusView(RegistrationService registrations, HostUnitService units, CurrentUser currentUser) {
        this.registrations = registrations;
        this.units = units;
        setSizeFull();
        add(new H2(getTranslation("nav.registration")), new Paragraph(getTranslation("registrationStatus.intro")));
        HorizontalLayout actions = new HorizontalLayout(new Button(getTranslation("registration.manual"), e -> manual()));
        if (currentUser.require().role() == Role.BUREAU_OFFICER) {
            Upload upload = new LimitedUpload(20 * 1024 * 1024, LimitedUpload.wholeFile(this::importFile), ".csv", ".xlsx");
            upload.setUploadButton(new Button(getTranslation("registration.import")));
            Button run = new Button(getTranslation("registration.runNow"), e -> {
                Notifications.success(this, "registration.ran", registrations.runNow());
                refresh();
            });
            actions.add(upload, run);
        }
        alerts.addColumn(RegistrationAlert::unitName).setHeader(getTranslation("unit.name")).setFlexGrow(1);
        alerts.addColumn(a -> getTranslation(a.kind().messageKey())).setHeader(getTranslation("registration.alert")).setFlexGrow(1);
        alerts.addColumn(a -> Formats.dateTime(a.raisedAt())).setHeader(getTranslation("credit.raisedAt"));
        alerts.addComponentColumn(a -> {
            Button close = new Button(getTranslation(a.kind() == RegistrationAlert.Kind.LICENCE_REVOKED
                    ? "credit.decide" : "registration.seen"), e -> close(a));
            close.addThemeVariants(ButtonVariant.LUMO_SMALL);
            return close;
        });
        alerts.setEmptyStateText(getTranslation("registration.noAlerts"));
        add(actions, imported, new H3(getTranslation("registration.alerts")), alerts);
        refresh();
    }

    void refresh() {
        alerts.setItems(registrations.alerts(true));
    }

    void importFile(String name, byte[] bytes) {
        imported.show(registrations.importFile(name, bytes), "registrationImport.done");
    }

    FormDialog manual() {
        ComboBox<HostUnit> unit = new ComboBox<>(getTranslation("unit.name"));
        unit.setItems(q -> units.find(q.getFilter().orElse(""), q.getOffset(), q.getLimit()).stream());
        unit.setItemLabelGenerator(u -> u.name() + "（" + u.creditCode() + "）");
        unit.setWidthFull();
        Select<RegistrationStatus> status = new Select<>();
        status.setLabel(getTranslation("registration.status"));
        status.setItems(RegistrationStatus.values());
        status.setItemLabelGenerator(s -> s == null ? "" : getTranslation(s.messageKey()));
        DatePicker on = DatePickers.create(getTranslation("registration.on"), getLocale());
        EvidenceUpload upload = new EvidenceUpload();
        FormDialog dialog = new FormDialog(getTranslation("registration.manual"), new VerticalLayout(unit, status, on,
                new Span(getTranslation("objection.evidence")), upload), getTranslation("action.save"),
                () -> registrations.recordManual(unit.getValue() == null ? UnitId.of(-1) : unit.getValue().id(), status.getValue(),
                        on.getValue(), upload.file()), this::refresh);
        dialog.open();
        return dialog;
    }

    FormDialog close(RegistrationAlert alert) {
        RadioButtonGroup<Boolean> terminate = new RadioButtonGroup<>(getTranslation("credit.decision"));
        terminate.setItems(true, false);
        terminate.setItemLabelGenerator(b -> getTranslation(b ? "registration.terminate" : "alertDecision.NO_ACTION"));
        terminate.setValue(false);
        TextArea reason = new TextArea(getTranslation("objection.reason"));
        reason.setWidthFull();
        reason.setMaxLength(500);
        boolean decision = alert.kind() == RegistrationAlert.Kind.LICENCE_REVOKED;
        terminate.setVisible(decision);
        Paragraph consequence = new Paragraph(getTranslation("registration.terminateConsequence", alert.unitName()));
        consequence.getStyle().set("color", "var(--lumo-error-text-color)");
        consequence.setVisible(false);
        terminate.addValueChangeListener(e -> consequence.setVisible(Boolean.TRUE.equals(e.getValue())));
        FormDialog dialog = new FormDialog(getTranslation(decision ? "credit.decide" : "registration.seen"),
                new VerticalLayout(new Paragraph(alert.unitName() + " · " + getTranslation(alert.kind().messageKey())),
                        terminate, consequence, reason), getTranslation("action.save"),
                () -> registrations.close(alert.id(), terminate.getValue(), reason.getValue()), this::refresh);
        dialog.open();
        return dialog;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.registration");
    }
}
