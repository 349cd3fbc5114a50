package cn.kunming.kjj.carrier.authority.repository;

import cn.kunming.kjj.carrier.authority.ExpertNomination;
import cn.kunming.kjj.carrier.authority.FieldLink;
import cn.kunming.kjj.carrier.authority.NominationStatus;
import cn.kunming.kjj.carrier.common.ExpertId;
import cn.kunming.kjj.carrier.common.TenantId;
import cn.kunming.kjj.carrier.expert.ExpertDraft;
import cn.kunming.kjj.carrier.expert.ExpertFields;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import static cn.kunming.kjj.carrier.jooq.Tables.AUTHORITY_FIELD;
import static cn.kunming.kjj.carrier.jooq.Tables.CARRIER;
import static cn.kunming.kjj.carrier.jooq.Tables.DOSSIER;
import static cn.kunming.kjj.carrier.jooq.Tables.EXPERT_NOMINATION;
import static cn.kunming.kjj.carrier.jooq.Tables.TENANT;

@Repository
class JooqAuthorityRepository implements AuthorityRepository {

    private final DSLContext dsl;

    JooqAuthorityRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    private List<FieldLink> links(Condition condition) {
        return dsl.select(AUTHORITY_FIELD.fields()).select(TENANT.NAME).from(AUTHORITY_FIELD)
                .join(TENANT).on(TENANT.ID.eq(AUTHORITY_FIELD.AUTHORITY_ID))
                .where(condition).orderBy(AUTHORITY_FIELD.INDUSTRY_FIELD, TENANT.SORT_ORDER, AUTHORITY_FIELD.ID)
                .fetch(this::toLink);
    }

    @Override
    public List<FieldLink> links() {
        return links(DSL.trueCondition());
    }

    @Override
    public Optional<FieldLink> findLink(long id) {
        return links(AUTHORITY_FIELD.ID.eq(id)).stream().findFirst();
    }

    @Override
    public List<FieldLink> linksOf(Collection<String> fields) {
        return fields.isEmpty() ? List.of() : links(AUTHORITY_FIELD.INDUSTRY_FIELD.in(fields));
    }

    @Override
    public List<String> fieldsOf(TenantId authority) {
        return dsl.select(AUTHORITY_FIELD.INDUSTRY_FIELD).from(AUTHORITY_FIELD)
                .where(AUTHORITY_FIELD.AUTHORITY_ID.eq(authority.value())).orderBy(AUTHORITY_FIELD.INDUSTRY_FIELD)
                .fetch(AUTHORITY_FIELD.INDUSTRY_FIELD);
    }

    @Override
    public boolean linkExists(TenantId authority, String field) {
        // counted, not fetchExists: H2 answers EXISTS over the composite unique index without a row this transaction
        // inserted (seen in FieldLinkServiceTest)
        return dsl.fetchCount(AUTHORITY_FIELD, AUTHORITY_FIELD.AUTHORITY_ID.eq(authority.value())
                .and(AUTHORITY_FIELD.INDUSTRY_FIELD.eq(field))) > 0;
    }

    @Override
    public long insertLink(TenantId authority, String field, String by, LocalDateTime at) {
        return dsl.insertInto(AUTHORITY_FIELD)
                .set(AUTHORITY_FIELD.AUTHORITY_ID, authority.value())
                .set(AUTHORITY_FIELD.INDUSTRY_FIELD, field)
                .set(AUTHORITY_FIELD.LINKED_BY, by)
                .set(AUTHORITY_FIELD.LINKED_AT, at)
                .returning(AUTHORITY_FIELD.ID).fetchSingle().getId();
    }

    @Override
    public boolean deleteLink(long id) {
        return dsl.deleteFrom(AUTHORITY_FIELD).where(AUTHORITY_FIELD.ID.eq(id)).execute() == 1;
    }

    @Override
    public List<String> knownFields() {
        return dsl.select(DOSSIER.INDUSTRY_FIELD.as("f")).from(DOSSIER).where(DOSSIER.INDUSTRY_FIELD.isNotNull())
                .union(DSL.select(CARRIER.INDUSTRY_FIELD.as("f")).from(CARRIER).where(CARRIER.INDUSTRY_FIELD.isNotNull()))
                .orderBy(DSL.field(DSL.name("f")))
                .fetch(0, String.class);
    }

    private FieldLink toLink(Record r) {
        return new FieldLink(r.get(AUTHORITY_FIELD.ID), new TenantId(r.get(AUTHORITY_FIELD.AUTHORITY_ID)),
                r.get(TENANT.NAME), r.get(AUTHORITY_FIELD.INDUSTRY_FIELD), r.get(AUTHORITY_FIELD.LINKED_BY),
                r.get(AUTHORITY_FIELD.LINKED_AT));
    }

    @Override
    public long insertNomination(TenantId authority, ExpertDraft e, String reason, String by, LocalDateTime at) {
        return dsl.insertInto(EXPERT_NOMINATION)
                .set(EXPERT_NOMINATION.AUTHORITY_ID, authority.value())
                .set(EXPERT_NOMINATION.NAME, e.name())
                .set(EXPERT_NOMINATION.FIELDS, ExpertFields.join(e.fields()))
                .set(EXPERT_NOMINATION.TITLE, e.title())
                .set(EXPERT_NOMINATION.AFFILIATION, e.affiliation())
                .set(EXPERT_NOMINATION.AFFILIATION_CREDIT_CODE, e.affiliationCreditCode())
                .set(EXPERT_NOMINATION.PHONE, e.phone())
                .set(EXPERT_NOMINATION.EMAIL, e.email())
                .set(EXPERT_NOMINATION.REASON, reason)
                .set(EXPERT_NOMINATION.STATUS, NominationStatus.PENDING)
                .set(EXPERT_NOMINATION.NOMINATED_BY, by)
                .set(EXPERT_NOMINATION.NOMINATED_AT, at)
                .set(EXPERT_NOMINATION.VERSION, 0)
                .returning(EXPERT_NOMINATION.ID).fetchSingle().getId();
    }

    private List<ExpertNomination> nominations(Condition condition) {
        return dsl.select(EXPERT_NOMINATION.fields()).select(TENANT.NAME).from(EXPERT_NOMINATION)
                .join(TENANT).on(TENANT.ID.eq(EXPERT_NOMINATION.AUTHORITY_ID))
                .where(condition)
                .orderBy(DSL.when(EXPERT_NOMINATION.STATUS.eq(NominationStatus.PENDING), DSL.inline(0))
                        .otherwise(DSL.inline(1)), EXPERT_NOMINATION.NOMINATED_AT.desc(), EXPERT_NOMINATION.ID.desc())
                .fetch(this::toNomination);
    }

    @Override
    public Optional<ExpertNomination> findNomination(long id) {
        return nominations(EXPERT_NOMINATION.ID.eq(id)).stream().findFirst();
    }

    @Override
    public List<ExpertNomination> nominations(@Nullable TenantId authority) {
        return nominations(authority == null ? DSL.trueCondition()
                : EXPERT_NOMINATION.AUTHORITY_ID.eq(authority.value()));
    }

    @Override
    public boolean decide(long id, int version, NominationStatus outcome, String by, LocalDateTime at,
                          @Nullable String declineReason, @Nullable ExpertId expertId) {
        return dsl.update(EXPERT_NOMINATION)
                .set(EXPERT_NOMINATION.STATUS, outcome)
                .set(EXPERT_NOMINATION.DECIDED_BY, by)
                .set(EXPERT_NOMINATION.DECIDED_AT, at)
                .set(EXPERT_NOMINATION.DECLINE_REASON, declineReason)
                .set(EXPERT_NOMINATION.EXPERT_ID, expertId)
                .set(EXPERT_NOMINATION.VERSION, EXPERT_NOMINATION.VERSION.plus(1))
                .where(EXPERT_NOMINATION.ID.eq(id)).and(EXPERT_NOMINATION.VERSION.eq(version))
                .and(EXPERT_NOMINATION.STATUS.eq(NominationStatus.PENDING))
                .execute() == 1;
    }

    @Override
    public Map<ExpertId, String> nominators() {
        return dsl.select(EXPERT_NOMINATION.EXPERT_ID, TENANT.NAME).from(EXPERT_NOMINATION)
                .join(TENANT).on(TENANT.ID.eq(EXPERT_NOMINATION.AUTHORITY_ID))
                .where(EXPERT_NOMINATION.EXPERT_ID.isNotNull())
                .fetch().stream()
                .collect(Collectors.toMap(r -> r.get(EXPERT_NOMINATION.EXPERT_ID), r -> r.get(TENANT.NAME), (a, b) -> a));
    }

    private ExpertNomination toNomination(Record r) {
        ExpertDraft expert = new ExpertDraft(r.get(EXPERT_NOMINATION.NAME),
                ExpertFields.parse(r.get(EXPERT_NOMINATION.FIELDS)), r.get(EXPERT_NOMINATION.TITLE),
                r.get(EXPERT_NOMINATION.AFFILIATION), r.get(EXPERT_NOMINATION.AFFILIATION_CREDIT_CODE),
                r.get(EXPERT_NOMINATION.PHONE), r.get(EXPERT_NOMINATION.EMAIL), true);
        return new ExpertNomination(r.get(EXPERT_NOMINATION.ID), new TenantId(r.get(EXPERT_NOMINATION.AUTHORITY_ID)),
                r.get(TENANT.NAME), expert, r.get(EXPERT_NOMINATION.REASON), r.get(EXPERT_NOMINATION.STATUS),
                r.get(EXPERT_NOMINATION.NOMINATED_BY), r.get(EXPERT_NOMINATION.NOMINATED_AT),
                r.get(EXPERT_NOMINATION.DECIDED_BY), r.get(EXPERT_NOMINATION.DECIDED_AT),
                r.get(EXPERT_NOMINATION.DECLINE_REASON), r.get(EXPERT_NOMINATION.EXPERT_ID),
                r.get(EXPERT_NOMINATION.VERSION));
    }
}
