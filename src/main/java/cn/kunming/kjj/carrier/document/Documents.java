package cn.kunming.kjj.carrier.document;

import cn.kunming.kjj.carrier.common.DocxTemplate;
import cn.kunming.kjj.carrier.document.repository.TemplateRepository;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;

/**
 * Writes an official document from the template of its kind: the administrator's replacement when there is one,
 * else the default. Callers are services that have already checked the reader's rights to the content.
 */
@Component
public class Documents {

    private final TemplateRepository templates;

    Documents(TemplateRepository templates) {
        this.templates = templates;
    }

    public byte[] render(DocumentKind kind, Map<String, String> values, List<Map<String, String>> rows) {
        return DocxTemplate.render(template(kind), values, rows);
    }

    byte[] template(DocumentKind kind) {
        return templates.find(kind).map(StoredTemplate::content).orElseGet(() -> DefaultTemplates.of(kind));
    }
}
