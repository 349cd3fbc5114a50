package cn.kunming.kjj.carrier.tenant.ui;

import org.jspecify.annotations.Nullable;
import cn.kunming.kjj.carrier.common.PortalException;
import cn.kunming.kjj.carrier.common.TenantId;
import cn.kunming.kjj.carrier.common.ui.DatePickers;
import cn.kunming.kjj.carrier.common.ui.FormDialog;
import cn.kunming.kjj.carrier.common.ui.Formats;
import cn.kunming.kjj.carrier.common.ui.Notifications;
import cn.kunming.kjj.carrier.security.Roles;
import cn.kunming.kjj.carrier.tenant.Tenant;
import cn.kunming.kjj.carrier.tenant.TenantService;
import cn.kunming.kjj.carrier.tenant.TenantType;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** The administrator keeps the tenant list: names, types and validity dates (tenants are data, not constants). */
@Route("admin/tenants")
@Menu(title = "nav.tenants", order = 10, icon = "vaadin:sitemap")
@RolesAllowed(Roles.ADMIN)
class TenantAdminView extends VerticalLayout implements HasDynamicTitle {

    private final transient TenantService tenants;
    final Grid<Tenant> grid = new Grid<>();

    TenantAdminView(TenantService tenants) {
        this.tenants = tenants;
        setSizeFull();
        grid.addColumn(t -> t.id().value()).setHeader(getTranslation("tenant.id")).setAutoWidth(true);
        grid.addColumn(Tenant::name).setHeader(getTranslation("tenant.name")).setAutoWidth(true);
        grid.addColumn(Tenant::nameEn).setHeader(getTranslation("tenant.nameEn"));
        grid.addColumn(t -> getTranslation(t.type().messageKey())).setHeader(getTranslation("tenant.type"));
        grid.addColumn(t -> Formats.date(t.validFrom())).setHeader(getTranslation("tenant.validFrom"));
        grid.addColumn(t -> Formats.date(t.validTo())).setHeader(getTranslation("tenant.validTo"));
        grid.addComponentColumn(t -> new Button(getTranslation("action.edit"), e -> edit(t)))
                .setHeader(getTranslation("action.actions"));
        Button add = new Button(getTranslation("tenant.add"), e -> edit(null));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H2(getTranslation("nav.tenants")), add, grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(tenants.all());
    }

    /** Edits a tenant in a dialog; {@code null} creates a new one. */
    FormDialog edit(@Nullable Tenant existing) {
        TextField id = new TextField(getTranslation("tenant.id"));
        TextField name = new TextField(getTranslation("tenant.name"));
        TextField nameEn = new TextField(getTranslation("tenant.nameEn"));
        ComboBox<TenantType> type = new ComboBox<>(getTranslation("tenant.type"), TenantType.values());
        type.setItemLabelGenerator(t -> getTranslation(t.messageKey()));
        TextField division = new TextField(getTranslation("tenant.divisionCode"));
        DatePicker validFrom = DatePickers.create(getTranslation("tenant.validFrom"), getLocale());
        DatePicker validTo = DatePickers.create(getTranslation("tenant.validTo"), getLocale());
        IntegerField order = new IntegerField(getTranslation("tenant.sortOrder"));
        if (existing != null) {
            id.setValue(existing.id().value());
            id.setReadOnly(true);
            name.setValue(existing.name());
            nameEn.setValue(existing.nameEn());
            type.setValue(existing.type());
            division.setValue(existing.divisionCode() == null ? "" : existing.divisionCode());
            validFrom.setValue(existing.validFrom());
            validTo.setValue(existing.validTo());
            order.setValue(existing.sortOrder());
        }
        FormDialog dialog = new FormDialog(getTranslation(existing == null ? "tenant.add" : "action.edit"),
                new FormLayout(id, name, nameEn, type, division, validFrom, validTo, order),
                getTranslation("action.save"), () -> {
                    if (id.getValue().isBlank() || type.isEmpty()) {
                        throw new PortalException("tenant.idAndTypeRequired");
                    }
                    Tenant edited = new Tenant(new TenantId(id.getValue().strip()), name.getValue().strip(),
                            nameEn.getValue().strip(), type.getValue(),
                            division.getValue().isBlank() ? null : division.getValue().strip(),
                            validFrom.getValue(), validTo.getValue(),
                            order.getValue() == null ? 100 : order.getValue(),
                            existing == null ? 0 : existing.version());
                    if (existing == null) {
                        tenants.create(edited);
                    } else {
                        tenants.update(edited);
                    }
                }, () -> {
                    refresh();
                    Notifications.success(this, "action.saved");
                });
        dialog.open();
        return dialog;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.tenants");
    }
}
