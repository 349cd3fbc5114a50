package cn.kunming.kjj.carrier.document;

import cn.kunming.kjj.carrier.audit.AuditAction;
import cn.kunming.kjj.carrier.audit.AuditEntry;
import cn.kunming.kjj.carrier.audit.AuditedEntity;
import cn.kunming.kjj.carrier.audit.AuditLog;
import cn.kunming.kjj.carrier.common.DocxTemplate;
import cn.kunming.kjj.carrier.common.PortalException;
import cn.kunming.kjj.carrier.common.Sha256;
import cn.kunming.kjj.carrier.document.repository.TemplateRepository;
import cn.kunming.kjj.carrier.security.Access;
import cn.kunming.kjj.carrier.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The administrator's templates: download the one in use, put another in its place, or go back to the default. A
 * replacement must be a .docx that uses only the placeholders of its kind and all of its table's row placeholders
 * when the kind has a list; a refused file changes nothing.
 */
@Service
public class TemplateService {

    /** 5 MB: a letterhead with a logo fits; a template is not a place for attachments. */
    public static final int MAX_BYTES = 5 * 1024 * 1024;

    private final TemplateRepository templates;
    private final Documents documents;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Clock clock;

    TemplateService(TemplateRepository templates, Documents documents, CurrentUser currentUser, AuditLog audit,
                    Clock clock) {
        this.templates = templates;
        this.documents = documents;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    @PreAuthorize(Access.ADMIN)
    @Transactional(readOnly = true)
    public List<TemplateStatus> all() {
        List<TemplateStatus> result = new ArrayList<>();
        for (DocumentKind kind : DocumentKind.values()) {
            result.add(templates.find(kind)
                    .map(t -> new TemplateStatus(kind, true, t.fileName(), t.uploadedBy(), t.uploadedAt()))
                    .orElse(new TemplateStatus(kind, false, null, null, null)));
        }
        return result;
    }

    /** The template in use for the kind, to edit in Word and upload again. */
    @PreAuthorize(Access.ADMIN)
    @Transactional(readOnly = true)
    public byte[] current(DocumentKind kind) {
        return documents.template(kind);
    }

    /** A sample of the kind's document from the template in use, with every placeholder showing its own name. */
    @PreAuthorize(Access.ADMIN)
    @Transactional(readOnly = true)
    public byte[] preview(DocumentKind kind) {
        Map<String, String> values = new java.util.HashMap<>();
        kind.fields().forEach(f -> values.put(f, "【" + f + "】"));
        Map<String, String> row = new java.util.HashMap<>();
        kind.rowFields().forEach(f -> row.put(f, "【row." + f + "】"));
        return documents.render(kind, values, kind.rowFields().isEmpty() ? List.of() : List.of(row, row));
    }

    @PreAuthorize(Access.ADMIN)
    @Transactional
    public void replace(DocumentKind kind, String fileName, byte[] content) {
        if (content == null || content.length == 0 || fileName == null || !fileName.toLowerCase().endsWith(".docx")) {
            throw new PortalException("template.notDocx");
        }
        if (content.length > MAX_BYTES) {
            throw new PortalException("template.tooLarge", MAX_BYTES / 1024 / 1024);
        }
        Set<String> used = DocxTemplate.placeholders(content);
        Set<String> unknown = new TreeSet<>(used);
        kind.placeholders().forEach(unknown::remove);
        if (!unknown.isEmpty()) {
            throw new PortalException("template.unknownPlaceholders", String.join("、", unknown),
                    String.join("、", kind.placeholders()));
        }
        Set<String> missingRow = new TreeSet<>();
        kind.rowFields().stream().map(f -> DocxTemplate.ROW + f).filter(f -> !used.contains(f)).forEach(missingRow::add);
        if (!missingRow.isEmpty()) {
            throw new PortalException("template.rowMissing", String.join("、", missingRow));
        }
        String sha = Sha256.hex(content);
        templates.replace(new StoredTemplate(kind, fileName.strip(), Arrays.copyOf(content, content.length), sha,
                currentUser.require().username(), LocalDateTime.now(clock)));
        audit.record(AuditEntry.of(AuditAction.TEMPLATE_REPLACED, AuditedEntity.DOCUMENT_TEMPLATE, kind.name()).rule(kind.rule())
                .detail(fileName.strip() + " sha256 " + sha));
    }

    @PreAuthorize(Access.ADMIN)
    @Transactional
    public void restoreDefault(DocumentKind kind) {
        if (templates.remove(kind)) {
            audit.record(AuditEntry.of(AuditAction.TEMPLATE_RESTORED, AuditedEntity.DOCUMENT_TEMPLATE, kind.name()).rule(kind.rule())
                    .detail("back to the default template"));
        }
    }
}
