package cn.kunming.kjj.carrier.call.ui;

import org.jspecify.annotations.Nullable;
import cn.kunming.kjj.carrier.call.Call;
import cn.kunming.kjj.carrier.call.CallDraft;
import cn.kunming.kjj.carrier.call.CallService;
import cn.kunming.kjj.carrier.call.CallStatus;
import cn.kunming.kjj.carrier.call.RequiredAttachment;
import cn.kunming.kjj.carrier.common.CarrierKind;
import cn.kunming.kjj.carrier.common.PortalException;
import cn.kunming.kjj.carrier.common.ui.FormDialog;
import cn.kunming.kjj.carrier.common.ui.Formats;
import cn.kunming.kjj.carrier.common.ui.Notifications;
import cn.kunming.kjj.carrier.security.Roles;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** The bureau prepares calls as drafts, publishes them (P4.1), and grants a unit a dated extension. */
@Route("bureau/calls")
@Menu(title = "nav.callAdmin", order = 10, icon = "vaadin:calendar-clock")
@RolesAllowed(Roles.BUREAU_OFFICER)
class CallAdminView extends VerticalLayout implements HasDynamicTitle {

    private final transient CallService calls;
    final Grid<Call> grid = new Grid<>();

    CallAdminView(CallService calls) {
        this.calls = calls;
        setSizeFull();
        grid.addColumn(Call::year).setHeader(getTranslation("call.year")).setAutoWidth(true);
        grid.addColumn(Call::title).setHeader(getTranslation("call.title")).setFlexGrow(1);
        grid.addColumn(c -> Formats.dateTime(c.opensAt())).setHeader(getTranslation("call.opensAt")).setAutoWidth(true);
        grid.addColumn(c -> Formats.dateTime(c.closesAt())).setHeader(getTranslation("call.closesAt")).setAutoWidth(true);
        grid.addColumn(c -> getTranslation(c.stateAt(calls.now()).messageKey())).setHeader(getTranslation("call.state"));
        grid.addComponentColumn(this::actions).setHeader(getTranslation("action.actions")).setAutoWidth(true);
        Button create = new Button(getTranslation("call.create"), e -> openEditor(null));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H2(getTranslation("nav.callAdmin")), create, grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(calls.all());
    }

    private HorizontalLayout actions(Call call) {
        HorizontalLayout buttons = new HorizontalLayout();
        if (call.status() == CallStatus.DRAFT) {
            buttons.add(new Button(getTranslation("action.edit"), e -> openEditor(call)),
                    new Button(getTranslation("call.publish"), e -> publish(call)));
        } else {
            buttons.add(new Button(getTranslation("call.extension"), e -> openExtension(call)));
        }
        buttons.getChildren().forEach(b -> ((Button) b).addThemeVariants(ButtonVariant.LUMO_SMALL));
        return buttons;
    }

    void publish(Call call) {
        try {
            calls.publish(call.id(), call.version());
            Notifications.success(this, "call.published", call.title());
        } catch (PortalException e) {
            Notifications.refused(this, e);
        }
        refresh();
    }

    FormDialog openEditor(@Nullable Call existing) {
        IntegerField year = new IntegerField(getTranslation("call.year"));
        TextField title = new TextField(getTranslation("call.title"));
        CheckboxGroup<CarrierKind> kinds = new CheckboxGroup<>(getTranslation("call.kinds"));
        kinds.setItems(CarrierKind.values());
        kinds.setItemLabelGenerator(k -> getTranslation(k.messageKey()));
        DateTimePicker opensAt = new DateTimePicker(getTranslation("call.opensAt"));
        DateTimePicker closesAt = new DateTimePicker(getTranslation("call.closesAt"));
        TextArea body = new TextArea(getTranslation("call.body"));
        TextArea pocAttachments = new TextArea(getTranslation("call.requiredAttachments",
                getTranslation(CarrierKind.CONCEPT_CENTER.messageKey())));
        TextArea pilotAttachments = new TextArea(getTranslation("call.requiredAttachments",
                getTranslation(CarrierKind.PILOT_PLATFORM.messageKey())));
        pocAttachments.setHelperText(getTranslation("call.requiredAttachmentsHelp"));
        pilotAttachments.setHelperText(getTranslation("call.requiredAttachmentsHelp"));
        if (existing != null) {
            year.setValue(existing.year());
            title.setValue(existing.title());
            kinds.setValue(existing.kinds());
            opensAt.setValue(existing.opensAt());
            closesAt.setValue(existing.closesAt());
            body.setValue(existing.body() == null ? "" : existing.body());
            pocAttachments.setValue(lines(existing, CarrierKind.CONCEPT_CENTER));
            pilotAttachments.setValue(lines(existing, CarrierKind.PILOT_PLATFORM));
        } else {
            year.setValue(calls.now().getYear());
            kinds.setValue(java.util.Set.of(CarrierKind.values()));
        }
        FormLayout form = new FormLayout(year, title, kinds, opensAt, closesAt, body, pocAttachments, pilotAttachments);
        form.setColspan(title, 2);
        form.setColspan(body, 2);
        FormDialog dialog = new FormDialog(getTranslation(existing == null ? "call.create" : "action.edit"), form,
                getTranslation("action.save"), () -> {
                    List<RequiredAttachment> required = new ArrayList<>(parse(CarrierKind.CONCEPT_CENTER, pocAttachments.getValue()));
                    required.addAll(parse(CarrierKind.PILOT_PLATFORM, pilotAttachments.getValue()));
                    CallDraft draft = new CallDraft(year.getValue() == null ? 0 : year.getValue(), title.getValue(),
                            kinds.getValue(), opensAt.getValue(), closesAt.getValue(), body.getValue(), required);
                    if (existing == null) {
                        calls.create(draft);
                    } else {
                        calls.update(existing.id(), existing.version(), draft);
                    }
                }, () -> {
                    refresh();
                    Notifications.success(this, "action.saved");
                });
        dialog.setWidth("60em");
        dialog.open();
        return dialog;
    }

    private static String lines(Call call, CarrierKind kind) {
        return call.requiredFor(kind).stream().map(RequiredAttachment::name).collect(Collectors.joining("\n"));
    }

    /** One attachment per line; codes follow the order, e.g. C1, C2 for a centre and P1, P2 for a platform. */
    static List<RequiredAttachment> parse(CarrierKind kind, String text) {
        String prefix = kind == CarrierKind.CONCEPT_CENTER ? "C" : "P";
        List<String> names = Arrays.stream(text == null ? new String[0] : text.split("\\R"))
                .map(String::strip).filter(s -> !s.isEmpty()).toList();
        List<RequiredAttachment> result = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            result.add(new RequiredAttachment(kind, prefix + (i + 1), names.get(i)));
        }
        return result;
    }

    FormDialog openExtension(Call call) {
        TextField creditCode = new TextField(getTranslation("unit.creditCode"));
        DateTimePicker until = new DateTimePicker(getTranslation("call.extensionUntil"));
        TextArea reason = new TextArea(getTranslation("call.extensionReason"));
        FormDialog dialog = new FormDialog(getTranslation("call.extension") + " · " + call.title(),
                new FormLayout(creditCode, until, reason), getTranslation("action.save"),
                () -> calls.grantExtension(call.id(), creditCode.getValue(), until.getValue(), reason.getValue()),
                () -> Notifications.success(this, "action.saved"));
        dialog.open();
        return dialog;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.callAdmin");
    }
}
