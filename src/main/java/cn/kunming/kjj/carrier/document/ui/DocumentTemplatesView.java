package cn.kunming.kjj.carrier.document.ui;

import cn.kunming.kjj.carrier.common.ui.LimitedUpload;
import cn.kunming.kjj.carrier.common.PortalException;
import cn.kunming.kjj.carrier.common.ui.Downloads;
import cn.kunming.kjj.carrier.common.ui.Formats;
import cn.kunming.kjj.carrier.common.ui.Notifications;
import cn.kunming.kjj.carrier.document.DocumentKind;
import cn.kunming.kjj.carrier.document.TemplateService;
import cn.kunming.kjj.carrier.document.TemplateStatus;
import cn.kunming.kjj.carrier.security.Roles;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import java.util.EnumMap;
import java.util.Map;

/**
 * The administrator's templates of the official documents: which one is in use, its placeholders, download it to
 * edit in Word or WPS, upload the edited file in its place (checked before it is used), or go back to the default.
 */
@Route("admin/templates")
@Menu(title = "nav.templates", order = 60, icon = "vaadin:file-text-o")
@RolesAllowed(Roles.ADMIN)
class DocumentTemplatesView extends VerticalLayout implements HasDynamicTitle {

    private final transient TemplateService templates;
    private final VerticalLayout list = new VerticalLayout();
    final Map<DocumentKind, Upload> uploads = new EnumMap<>(DocumentKind.class);
    final Map<DocumentKind, Span> states = new EnumMap<>(DocumentKind.class);

    DocumentTemplatesView(TemplateService templates) {
        this.templates = templates;
        list.setPadding(false);
        add(new H2(getTranslation("nav.templates")), new Paragraph(getTranslation("template.intro")), list);
        refresh();
    }

    private void refresh() {
        list.removeAll();
        uploads.clear();
        states.clear();
        for (TemplateStatus t : templates.all()) {
            list.add(card(t));
        }
    }

    private Div card(TemplateStatus t) {
        DocumentKind kind = t.kind();
        Span state = new Span(t.replaced()
                ? getTranslation("template.replaced", t.fileName(), t.uploadedBy(), Formats.dateTime(t.uploadedAt()))
                : getTranslation("template.default"));
        states.put(kind, state);
        Paragraph fields = new Paragraph(getTranslation("template.placeholders",
                String.join("  ", kind.placeholders().stream().map(p -> "{{" + p + "}}").toList())));
        fields.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");
        Upload upload = new LimitedUpload(TemplateService.MAX_BYTES, LimitedUpload.wholeFile((fileName, bytes) -> {
            try {
                templates.replace(kind, fileName, bytes);
                Notifications.success(this, "template.saved", getTranslation(kind.messageKey()));
                refresh();
            } catch (PortalException e) {
                Notifications.refused(this, e);
            }
        }), ".docx");
        upload.setMaxFiles(1);
        upload.setUploadButton(new Button(getTranslation("template.upload")));
        uploads.put(kind, upload);
        HorizontalLayout actions = new HorizontalLayout(
                Downloads.link(getTranslation("template.download"), kind.name().toLowerCase() + ".docx", Downloads.DOCX,
                        () -> templates.current(kind)),
                Downloads.link(getTranslation("template.preview"), kind.name().toLowerCase() + "-示例.docx",
                        Downloads.DOCX, () -> templates.preview(kind)),
                upload);
        actions.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        if (t.replaced()) {
            Button restore = new Button(getTranslation("template.restore"), e -> {
                templates.restoreDefault(kind);
                Notifications.success(this, "template.restored", getTranslation(kind.messageKey()));
                refresh();
            });
            restore.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            actions.add(restore);
        }
        Div card = new Div(new H3(getTranslation(kind.messageKey()) + "（" + kind.rule() + "）"), state, fields, actions);
        card.getStyle().set("padding", "var(--lumo-space-m)").set("border-radius", "var(--lumo-border-radius-l)")
                .set("background", "var(--lumo-contrast-5pct)").set("width", "100%");
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.templates");
    }
}
