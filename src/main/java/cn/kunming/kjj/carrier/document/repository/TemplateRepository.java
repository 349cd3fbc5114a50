package cn.kunming.kjj.carrier.document.repository;

import cn.kunming.kjj.carrier.document.DocumentKind;
import cn.kunming.kjj.carrier.document.StoredTemplate;

import java.util.Optional;

/** Templates are system data that no tenant owns (the administrator keeps them), so no scope is taken. */
public interface TemplateRepository {

    Optional<StoredTemplate> find(DocumentKind kind);

    /** Puts the template in place of whatever the kind had. */
    void replace(StoredTemplate template);

    /** Back to the default; false when the kind had no replacement. */
    boolean remove(DocumentKind kind);
}
