package cn.kunming.kjj.carrier.dossier.ui;

import cn.kunming.kjj.carrier.common.CarrierKind;
import cn.kunming.kjj.carrier.dossier.DossierFilter;
import cn.kunming.kjj.carrier.dossier.DossierStage;
import cn.kunming.kjj.carrier.dossier.DossierStatus;
import cn.kunming.kjj.carrier.tenant.Tenant;
import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.textfield.IntegerField;

import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The dossier list's less used filters (stage, present status, kind, tenant, field, year), made only when the reader
 * opens them or the list's address names one of them: each input costs a session state nodes, DOM listeners and their
 * settings, and most sessions use the call and the search alone (issue 27, decision 0038).
 */
final class MoreDossierFilters {

    // combo boxes, not selects: a select keeps a component per option in the session, a combo box sends its items as data
    final ComboBox<DossierStage> stage = new ComboBox<>();
    final ComboBox<DossierStatus> status = new ComboBox<>();
    final ComboBox<CarrierKind> kind = new ComboBox<>();
    final ComboBox<Tenant> tenant = new ComboBox<>();
    final ComboBox<String> field = new ComboBox<>();
    final IntegerField year = new IntegerField();
    private final List<Tenant> tenants;
    private final List<String> fields;

    /** {@code tenants} only for the bureau (a district's page carries no tenant field); {@code changed} on any change. */
    MoreDossierFilters(Function<String, String> translate, List<Tenant> tenants, List<String> fields, Runnable changed) {
        this.tenants = tenants;
        this.fields = fields;
        String all = translate.apply("filter.all");
        choice(stage, translate.apply("dossier.stage"), all, List.of(DossierStage.values()),
                s -> translate.apply(s.messageKey()));
        stage.setHelperText(translate.apply("dossier.stageHelp"));
        choice(status, translate.apply("dossier.currentStatus"), all, List.of(DossierStatus.values()),
                s -> translate.apply(s.messageKey()));
        choice(kind, translate.apply("selfCheck.kind"), all, List.of(CarrierKind.values()),
                k -> translate.apply(k.messageKey()));
        choice(tenant, translate.apply("unit.tenant"), all, tenants, Tenant::name);
        tenant.setVisible(!tenants.isEmpty());
        choice(field, translate.apply("dossier.industryField"), all, fields, f -> f);
        year.setLabel(translate.apply("dossier.callYear"));
        year.setClearButtonVisible(true);
        year.setMin(1900);
        year.setMax(9999);
        for (AbstractField<?, ?> input : List.<AbstractField<?, ?>>of(stage, status, kind, tenant, field, year)) {
            input.addValueChangeListener(e -> changed.run());
        }
    }

    private static <T> void choice(ComboBox<T> box, String label, String all, List<T> items,
                                   com.vaadin.flow.component.ItemLabelGenerator<T> labels) {
        box.setLabel(label);
        box.setItems(items);
        box.setItemLabelGenerator(labels);
        box.setClearButtonVisible(true);
        box.setPlaceholder(all);
    }

    /** The inputs in the bar's order; the tenant's only where the reader chooses a tenant. */
    Component[] inputs() {
        return tenant.isVisible() ? new Component[] {stage, status, kind, tenant, field, year}
                : new Component[] {stage, status, kind, field, year};
    }

    /** Whether an address's filter needs these inputs to show what it names. */
    static boolean named(DossierFilter f, boolean choosesTenant) {
        return f.stage() != null || f.status() != null || f.kind() != null || f.field() != null || f.year() != null
                || choosesTenant && f.tenant() != null;
    }

    /** Shows what an address names; what names nothing the reader has is ignored. */
    void show(DossierFilter f) {
        stage.setValue(f.stage());
        status.setValue(f.status());
        kind.setValue(f.kind());
        tenant.setValue(f.tenant() == null || !tenant.isVisible() ? null
                : tenants.stream().filter(t -> t.id().equals(f.tenant())).findFirst().orElse(null));
        field.setValue(fields.contains(f.field()) ? f.field() : null);
        year.setValue(f.year());
    }

    /** The call's filter narrowed by these inputs. */
    DossierFilter narrow(DossierFilter f) {
        // a year out of range is refused beside its field; the list is then read as if no year were given
        Integer y = year.getValue() == null || year.getValue() < 1900 || year.getValue() > 9999 ? null : year.getValue();
        return new DossierFilter(f.callId(), stage.getValue() == null ? Set.of() : stage.getValue().statuses(),
                kind.getValue(), tenant.getValue() == null ? null : tenant.getValue().id(), field.getValue(), y,
                status.getValue(), f.unit(), f.text());
    }
}
