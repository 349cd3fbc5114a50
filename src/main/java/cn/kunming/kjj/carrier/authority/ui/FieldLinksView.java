package cn.kunming.kjj.carrier.authority.ui;

import cn.kunming.kjj.carrier.authority.FieldLink;
import cn.kunming.kjj.carrier.authority.FieldLinkService;
import cn.kunming.kjj.carrier.common.PortalException;
import cn.kunming.kjj.carrier.common.ui.Formats;
import cn.kunming.kjj.carrier.common.ui.Notifications;
import cn.kunming.kjj.carrier.security.Roles;
import cn.kunming.kjj.carrier.tenant.Tenant;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import java.util.ArrayList;
import java.util.List;

/**
 * The bureau chooses which industry authorities it consults on each industry field (P4.5: 商相关行业主管部门): the
 * authority then reads the field's recommended dossiers and carriers, answers on notices listing them and remarks on
 * their yearly reports. The authorities themselves are kept by the administrator under 属地管理.
 */
@Route("bureau/authority-fields")
@Menu(title = "nav.authorityFields", order = 31, icon = "vaadin:connect")
@RolesAllowed(Roles.BUREAU_OFFICER)
class FieldLinksView extends VerticalLayout implements HasDynamicTitle {

    private final transient FieldLinkService links;
    final Grid<FieldLink> grid = new Grid<>();
    final ComboBox<String> field = new ComboBox<>();
    final ComboBox<Tenant> authority = new ComboBox<>();
    final Button add = new Button();

    FieldLinksView(FieldLinkService links) {
        this.links = links;
        setSizeFull();
        field.setLabel(getTranslation("dossier.industryField"));
        field.setAllowCustomValue(true);
        field.addCustomValueSetListener(e -> {
            List<String> items = new ArrayList<>(field.getListDataView().getItems().toList());
            if (!items.contains(e.getDetail())) {
                items.add(e.getDetail());
                field.setItems(items);
            }
            field.setValue(e.getDetail());
        });
        field.setHelperText(getTranslation("authority.fieldHelp"));
        field.setWidth("20em");
        authority.setLabel(getTranslation("authority.authority"));
        authority.setItemLabelGenerator(Tenant::name);
        authority.setWidth("20em");
        add.setText(getTranslation("authority.link"));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(e -> link());
        HorizontalLayout form = new HorizontalLayout(field, authority, add);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

        grid.addColumn(FieldLink::field).setHeader(getTranslation("dossier.industryField")).setFlexGrow(1);
        grid.addColumn(FieldLink::authorityName).setHeader(getTranslation("authority.authority")).setFlexGrow(1);
        grid.addColumn(l -> l.linkedBy() + " · " + Formats.dateTime(l.linkedAt()))
                .setHeader(getTranslation("authority.linkedBy"));
        grid.addComponentColumn(l -> {
            Button remove = new Button(getTranslation("authority.unlink"), e -> unlink(l));
            remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
            return remove;
        });
        grid.setEmptyStateText(getTranslation("list.empty"));
        add(new H2(getTranslation("nav.authorityFields")), new Paragraph(getTranslation("authority.fieldsIntro")),
                form, grid);
        refresh();
    }

    private void refresh() {
        field.setItems(links.knownFields());
        authority.setItems(links.authorities());
        grid.setItems(links.links());
    }

    void link() {
        try {
            if (authority.getValue() == null) {
                throw new PortalException("authority.notAnAuthority");
            }
            links.link(authority.getValue().id(), field.getValue());
            Notifications.success(this, "action.saved");
            field.clear();
            refresh();
        } catch (PortalException e) {
            Notifications.refused(this, e);
        }
    }

    void unlink(FieldLink link) {
        try {
            links.unlink(link.id());
            Notifications.success(this, "action.saved");
            refresh();
        } catch (PortalException e) {
            Notifications.refused(this, e);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.authorityFields");
    }
}
