package cn.kunming.kjj.carrier.document.repository;

import cn.kunming.kjj.carrier.document.DocumentKind;
import cn.kunming.kjj.carrier.document.StoredTemplate;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

import java.util.Optional;

import static cn.kunming.kjj.carrier.jooq.Tables.DOCUMENT_TEMPLATE;

@Repository
class JooqTemplateRepository implements TemplateRepository {

    private final DSLContext dsl;

    JooqTemplateRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Optional<StoredTemplate> find(DocumentKind kind) {
        return dsl.selectFrom(DOCUMENT_TEMPLATE).where(DOCUMENT_TEMPLATE.KIND.eq(kind))
                .fetchOptional(r -> new StoredTemplate(kind, r.getFileName(), r.getContent(), r.getSha256(),
                        r.getUploadedBy(), r.getUploadedAt()));
    }

    @Override
    public void replace(StoredTemplate t) {
        dsl.deleteFrom(DOCUMENT_TEMPLATE).where(DOCUMENT_TEMPLATE.KIND.eq(t.kind())).execute();
        dsl.insertInto(DOCUMENT_TEMPLATE)
                .set(DOCUMENT_TEMPLATE.KIND, t.kind())
                .set(DOCUMENT_TEMPLATE.FILE_NAME, t.fileName())
                .set(DOCUMENT_TEMPLATE.CONTENT, t.content())
                .set(DOCUMENT_TEMPLATE.SHA256, t.sha256())
                .set(DOCUMENT_TEMPLATE.UPLOADED_BY, t.uploadedBy())
                .set(DOCUMENT_TEMPLATE.UPLOADED_AT, t.uploadedAt())
                .execute();
    }

    @Override
    public boolean remove(DocumentKind kind) {
        return dsl.deleteFrom(DOCUMENT_TEMPLATE).where(DOCUMENT_TEMPLATE.KIND.eq(kind)).execute() == 1;
    }
}
