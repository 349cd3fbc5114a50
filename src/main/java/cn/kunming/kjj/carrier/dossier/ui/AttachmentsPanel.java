package cn.kunming.kjj.carrier.dossier.ui;

import cn.kunming.kjj.carrier.common.UploadedFile;
import cn.kunming.kjj.carrier.common.DossierId;
import cn.kunming.kjj.carrier.common.ui.LimitedUpload;
import cn.kunming.kjj.carrier.call.RequiredAttachment;
import cn.kunming.kjj.carrier.common.PortalException;
import cn.kunming.kjj.carrier.common.ui.Downloads;
import cn.kunming.kjj.carrier.common.ui.Notifications;
import cn.kunming.kjj.carrier.dossier.Attachment;
import cn.kunming.kjj.carrier.dossier.DossierService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.jspecify.annotations.Nullable;

import java.util.List;

/**
 * The dossier's attachments: one upload per required attachment of the call, one for others; each uploaded file
 * can be opened (preview in the browser) by everyone in scope and removed from a draft by the applicant.
 */
class AttachmentsPanel extends VerticalLayout {

    private final transient DossierService dossiers;
    private final DossierId dossierId;
    private final List<RequiredAttachment> required;
    private final boolean editable;
    private final transient Runnable onChange;

    AttachmentsPanel(DossierService dossiers, DossierId dossierId, List<RequiredAttachment> required, boolean editable,
                     Runnable onChange) {
        this.dossiers = dossiers;
        this.dossierId = dossierId;
        this.required = required;
        this.editable = editable;
        this.onChange = onChange;
        setPadding(false);
        refresh();
    }

    private void refresh() {
        removeAll();
        List<Attachment> uploaded = dossiers.attachments(dossierId);
        add(new H3(getTranslation("attachment.title")), new Span(getTranslation("attachment.hint")));
        if (!uploaded.isEmpty()) {
            add(cn.kunming.kjj.carrier.common.ui.Downloads.streamed(getTranslation("attachment.zip"),
                    "附件-" + dossierId + ".zip", cn.kunming.kjj.carrier.common.ui.Downloads.ZIP,
                    out -> dossiers.writeAttachmentsZip(dossierId, out)));
        }
        if (!required.isEmpty()) {
            add(new H4(getTranslation("attachment.required")));
        }
        for (RequiredAttachment r : required) {
            add(section(r.name(), r.code(), uploaded.stream().filter(a -> r.code().equals(a.requirementCode())).toList()));
        }
        add(new H4(getTranslation("attachment.other")));
        add(section(null, null, uploaded.stream().filter(a -> a.requirementCode() == null
                || required.stream().noneMatch(r -> r.code().equals(a.requirementCode()))).toList()));
    }

    private VerticalLayout section(@Nullable String title, @Nullable String code, List<Attachment> files) {
        VerticalLayout section = new VerticalLayout();
        section.setPadding(false);
        section.setSpacing(false);
        if (title != null) {
            section.add(new Span(title));
        }
        for (Attachment a : files) {
            Anchor open = Downloads.stored(a.fileName() + "（" + Math.max(1, a.sizeBytes() / 1024) + " KB）", a.fileName(),
                    a.contentType(), () -> dossiers.attachmentContent(dossierId, a.id()));
            HorizontalLayout row = new HorizontalLayout(open);
            if (editable) {
                Button remove = new Button(getTranslation("attachment.remove"), e -> remove(a));
                remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
                row.add(remove);
            }
            section.add(row);
        }
        if (editable) {
            section.add(new LimitedUpload(DossierService.MAX_ATTACHMENT_BYTES,
                    file -> receive(code, file), LimitedUpload.EVIDENCE_TYPES));
        }
        return section;
    }

    /** What an upload delivers; the service decides by content and size. */
    void receive(@Nullable String requirementCode, UploadedFile file) {
        try {
            dossiers.addAttachment(dossierId, requirementCode, file);
            Notifications.success(this, "attachment.uploaded", file.fileName());
        } catch (PortalException e) {
            Notifications.refused(this, e);
        }
        refresh();
        onChange.run();
    }

    private void remove(Attachment a) {
        try {
            dossiers.removeAttachment(dossierId, a.id());
        } catch (PortalException e) {
            Notifications.refused(this, e);
        }
        refresh();
        onChange.run();
    }
}
