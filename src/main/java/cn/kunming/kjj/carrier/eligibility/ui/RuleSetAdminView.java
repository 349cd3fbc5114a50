package cn.kunming.kjj.carrier.eligibility.ui;

import cn.kunming.kjj.carrier.common.PortalException;
import cn.kunming.kjj.carrier.common.ui.DatePickers;
import cn.kunming.kjj.carrier.common.ui.FormDialog;
import cn.kunming.kjj.carrier.common.ui.Formats;
import cn.kunming.kjj.carrier.common.ui.Notifications;
import cn.kunming.kjj.carrier.eligibility.EligibilityService;
import cn.kunming.kjj.carrier.eligibility.RuleSet;
import cn.kunming.kjj.carrier.eligibility.Threshold;
import cn.kunming.kjj.carrier.security.Roles;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;

/** The administrator keeps the thresholds of Art. 2–3 as dated versions (A8.1); history is never rewritten. */
@Route("admin/rule-sets")
@Menu(title = "nav.ruleSets", order = 20, icon = "vaadin:scale")
@RolesAllowed(Roles.ADMIN)
class RuleSetAdminView extends VerticalLayout implements HasDynamicTitle {

    private final transient EligibilityService eligibility;
    private final transient Clock clock;
    final Grid<RuleSet> versions = new Grid<>();
    final Grid<Threshold> thresholds = new Grid<>();
    @SuppressWarnings("NullAway.Init") // set when the view is built, before any action
    private RuleSet shown;

    RuleSetAdminView(EligibilityService eligibility, Clock clock) {
        this.eligibility = eligibility;
        this.clock = clock;
        setSizeFull();
        versions.addColumn(RuleSet::version).setHeader(getTranslation("ruleSet.version")).setAutoWidth(true);
        versions.addColumn(RuleSet::title).setHeader(getTranslation("ruleSet.title")).setFlexGrow(1);
        versions.addColumn(r -> Formats.date(r.validFrom())).setHeader(getTranslation("tenant.validFrom"));
        versions.addColumn(r -> Formats.date(r.validTo())).setHeader(getTranslation("tenant.validTo"));
        versions.setAllRowsVisible(true);
        versions.addSelectionListener(e -> e.getFirstSelectedItem().ifPresent(this::showThresholds));

        thresholds.addColumn(Threshold::ruleId).setHeader(getTranslation("audit.rule")).setAutoWidth(true);
        thresholds.addColumn(t -> getTranslation(t.messageKey())).setHeader(getTranslation("ruleSet.threshold"))
                .setFlexGrow(1);
        thresholds.addColumn(t -> shown == null ? "" : shown.get(t).toPlainString() + getTranslation(t.unit().messageKey()))
                .setHeader(getTranslation("ruleSet.minimum")).setAutoWidth(true);
        thresholds.setItems(Threshold.values());

        Button add = new Button(getTranslation("ruleSet.add"), e -> openAdd());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H2(getTranslation("nav.ruleSets")), new Span(getTranslation("ruleSet.explain")), add, versions,
                new H3(getTranslation("ruleSet.thresholdsOf")), thresholds);
        refresh();
    }

    private void refresh() {
        var all = eligibility.ruleSets();
        versions.setItems(all);
        all.stream().filter(r -> r.inForceOn(LocalDate.now(clock))).findFirst()
                .or(() -> all.stream().findFirst()).ifPresent(versions::select);
    }

    private void showThresholds(RuleSet ruleSet) {
        shown = ruleSet;
        thresholds.getDataProvider().refreshAll();
    }

    /** A new version starts from the latest one's values; the administrator changes what the new text changes. */
    FormDialog openAdd() {
        RuleSet latest = eligibility.ruleSets().stream().findFirst().orElseThrow();
        TextField version = new TextField(getTranslation("ruleSet.version"));
        TextField title = new TextField(getTranslation("ruleSet.title"));
        DatePicker validFrom = DatePickers.create(getTranslation("tenant.validFrom"), getLocale());
        DatePicker validTo = DatePickers.create(getTranslation("tenant.validTo"), getLocale());
        FormLayout form = new FormLayout(version, title, validFrom, validTo);
        Map<Threshold, BigDecimalField> fields = new EnumMap<>(Threshold.class);
        Arrays.stream(Threshold.values()).forEach(t -> {
            BigDecimalField field = new BigDecimalField(t.ruleId() + " " + getTranslation(t.messageKey()));
            field.setValue(latest.get(t));
            field.setSuffixComponent(new Span(getTranslation(t.unit().messageKey()).strip()));
            fields.put(t, field);
            form.add(field);
        });
        FormDialog dialog = new FormDialog(getTranslation("ruleSet.add"), form, getTranslation("action.save"), () -> {
            if (validFrom.isEmpty()) {
                throw new PortalException("tenant.validFromRequired");
            }
            Map<Threshold, BigDecimal> values = new EnumMap<>(Threshold.class);
            fields.forEach((t, f) -> {
                if (f.getValue() == null) {
                    throw new PortalException("ruleSet.valueRequired", getTranslation(t.messageKey()));
                }
                values.put(t, f.getValue());
            });
            eligibility.addVersion(new RuleSet(version.getValue().strip(), title.getValue().strip(),
                    validFrom.getValue(), validTo.getValue(), values));
        }, () -> {
            refresh();
            Notifications.success(this, "action.saved");
        });
        dialog.setWidth("60em");
        dialog.open();
        return dialog;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.ruleSets");
    }
}
