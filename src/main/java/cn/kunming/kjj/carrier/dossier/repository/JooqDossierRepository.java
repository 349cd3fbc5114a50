package cn.kunming.kjj.carrier.dossier.repository;

import cn.kunming.kjj.carrier.common.UnitId;
import cn.kunming.kjj.carrier.common.CallId;
import cn.kunming.kjj.carrier.common.ExpertId;
import cn.kunming.kjj.carrier.common.DossierId;
import cn.kunming.kjj.carrier.common.CarrierKind;
import cn.kunming.kjj.carrier.common.TenantId;
import cn.kunming.kjj.carrier.expertreview.SubjectType;
import cn.kunming.kjj.carrier.dossier.Attachment;
import cn.kunming.kjj.carrier.dossier.Dossier;
import cn.kunming.kjj.carrier.dossier.DossierContent;
import cn.kunming.kjj.carrier.dossier.DossierFilter;
import cn.kunming.kjj.carrier.tenant.JooqUnitSearch;
import cn.kunming.kjj.carrier.dossier.DossierRow;
import cn.kunming.kjj.carrier.dossier.DossierSort;
import cn.kunming.kjj.carrier.dossier.DossierStatus;
import cn.kunming.kjj.carrier.dossier.DossierVersion;
import cn.kunming.kjj.carrier.jooq.tables.records.DossierRecord;
import cn.kunming.kjj.carrier.security.TenantScope;
import cn.kunming.kjj.carrier.security.JooqScopes;
import org.jooq.CaseWhenStep;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SelectJoinStep;
import org.jooq.SelectOnConditionStep;
import org.jooq.SortField;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;
import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Optional;

import static cn.kunming.kjj.carrier.jooq.Tables.APP_CALL;
import static cn.kunming.kjj.carrier.jooq.Tables.DOSSIER;
import static cn.kunming.kjj.carrier.jooq.Tables.DOSSIER_ATTACHMENT;
import static cn.kunming.kjj.carrier.jooq.Tables.DOSSIER_VERSION;
import static cn.kunming.kjj.carrier.jooq.Tables.EXPERT_ASSIGNMENT;
import static cn.kunming.kjj.carrier.jooq.Tables.HOST_UNIT;
import static cn.kunming.kjj.carrier.jooq.Tables.TENANT;

@Repository
class JooqDossierRepository implements DossierRepository {

    private static final List<DossierStatus> EDITABLE = List.of(DossierStatus.DRAFT, DossierStatus.RETURNED);

    private final DSLContext dsl;
    /** The content is one document: stored as JSON so that a submitted version is kept exactly as submitted. */
    private final JsonMapper json = JsonMapper.builder().build();

    JooqDossierRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Counted, never stored: a version exists exactly when its row does. */
    private static final Field<Integer> SUBMITTED_VERSIONS = DSL.field(DSL.selectCount().from(DOSSIER_VERSION)
            .where(DOSSIER_VERSION.DOSSIER_ID.eq(DOSSIER.ID))).as("submitted_versions");

    private SelectJoinStep<Record> dossiers() {
        return dsl.select(DOSSIER.fields()).select(SUBMITTED_VERSIONS).from(DOSSIER);
    }

    private static Condition inScope(TenantScope scope) {
        return JooqScopes.inScope(scope, DOSSIER.TENANT_ID, DOSSIER.UNIT_ID);
    }

    @Override
    public Optional<Dossier> findById(TenantScope scope, DossierId id) {
        return dossiers().where(DOSSIER.ID.eq(id)).and(inScope(scope)).fetchOptional(this::toDossier);
    }

    @Override
    public List<Dossier> find(TenantScope scope, @Nullable CallId callId) {
        return filtered(scope, callId == null ? DossierFilter.none() : DossierFilter.ofCall(callId));
    }

    @Override
    public List<Dossier> filtered(TenantScope scope, DossierFilter f) {
        return dossiers().where(conditions(scope, f)).orderBy(DOSSIER.LAST_SAVED_AT.desc(), DOSSIER.ID.desc())
                .fetch(this::toDossier);
    }

    @Override
    public List<DossierRow> rows(TenantScope scope, DossierFilter f, DossierSort sort, int offset, int limit) {
        List<SortField<?>> order = new ArrayList<>(2 + 1);
        if (sort.column() != DossierSort.Column.LAST_SAVED) {
            Field<?> by = switch (sort.column()) {
                case NAME -> DOSSIER.NAME;
                case KIND -> DOSSIER.KIND;
                case TENANT -> DSL.field(DSL.select(TENANT.SORT_ORDER).from(TENANT).where(TENANT.ID.eq(DOSSIER.TENANT_ID)));
                case FIELD -> DOSSIER.INDUSTRY_FIELD;
                case STATUS -> PIPELINE_ORDER;
                case UNIT -> HOST_UNIT.NAME;
                case SUBMITTED -> LAST_SUBMITTED_AT;
                case LAST_SAVED -> throw new IllegalStateException();
            };
            order.add(sort.descending() ? by.desc() : by.asc());
        }
        // ties follow the column's direction, so that one index (column, last_saved_at, id) serves both directions
        order.add(sort.descending() ? DOSSIER.LAST_SAVED_AT.desc() : DOSSIER.LAST_SAVED_AT.asc());
        order.add(sort.descending() ? DOSSIER.ID.desc() : DOSSIER.ID.asc());
        // the page's ids first, from the indexes alone, then its lines: a line's subqueries (versions, last submission)
        // are computed for the rows shown, not for every row skipped or sorted (issue 27, growth at 10×)
        // the unit is joined only to sort by its name: otherwise the ids come from an index without reading a row
        Table<?> page = (sort.column() == DossierSort.Column.UNIT
                ? dsl.select(PAGE_ID).from(DOSSIER).leftJoin(HOST_UNIT).on(HOST_UNIT.ID.eq(DOSSIER.UNIT_ID))
                : dsl.select(PAGE_ID).from(DOSSIER))
                .where(conditions(scope, f)).orderBy(order).offset(Math.max(0, offset)).limit(Math.max(0, limit))
                .asTable("page");
        return lines().join(page).on(DOSSIER.ID.eq(page.field(PAGE_ID))).orderBy(order)
                .fetch(JooqDossierRepository::toRow);
    }

    private static final Field<DossierId> PAGE_ID = DOSSIER.ID.as("page_id");

    @Override
    public List<DossierRow> rowsById(TenantScope scope, Collection<DossierId> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return lines().where(inScope(scope)).and(DOSSIER.ID.in(ids)).orderBy(DOSSIER.LAST_SAVED_AT.desc(), DOSSIER.ID.desc())
                .fetch(JooqDossierRepository::toRow);
    }

    @Override
    public List<String> fields(TenantScope scope, int most) {
        return dsl.selectDistinct(DOSSIER.INDUSTRY_FIELD).from(DOSSIER)
                .where(inScope(scope)).and(DOSSIER.INDUSTRY_FIELD.isNotNull()).and(DOSSIER.STATUS.ne(DossierStatus.DRAFT))
                .orderBy(DOSSIER.INDUSTRY_FIELD).limit(most).fetch(DOSSIER.INDUSTRY_FIELD);
    }

    @Override
    public Set<CallId> callsWith(TenantScope scope, Collection<DossierStatus> statuses) {
        return new HashSet<>(dsl.selectDistinct(DOSSIER.CALL_ID).from(DOSSIER)
                .where(inScope(scope)).and(DOSSIER.STATUS.in(statuses)).fetch(DOSSIER.CALL_ID));
    }

    /** When the dossier was last submitted: its newest version's time. */
    private static final Field<LocalDateTime> LAST_SUBMITTED_AT = DSL.field(DSL.select(DSL.max(DOSSIER_VERSION.SUBMITTED_AT))
            .from(DOSSIER_VERSION).where(DOSSIER_VERSION.DOSSIER_ID.eq(DOSSIER.ID)));
    /** The same, named in a line (a page's ids are sorted by the expression, where the name means nothing). */
    private static final Field<LocalDateTime> LAST_SUBMITTED = LAST_SUBMITTED_AT.as("last_submitted_at");

    /** A list's line: the dossier's columns, its unit's name and credit code, no content document. */
    private SelectOnConditionStep<? extends Record> lines() {
        return dsl.select(DOSSIER.ID, DOSSIER.CALL_ID, DOSSIER.UNIT_ID, DOSSIER.TENANT_ID, DOSSIER.KIND, DOSSIER.STATUS,
                        DOSSIER.NAME, DOSSIER.INDUSTRY_FIELD, DOSSIER.LAST_SAVED_AT, SUBMITTED_VERSIONS, HOST_UNIT.NAME,
                        HOST_UNIT.CREDIT_CODE, LAST_SUBMITTED, DOSSIER.REVISION_DUE)
                .from(DOSSIER).leftJoin(HOST_UNIT).on(HOST_UNIT.ID.eq(DOSSIER.UNIT_ID));
    }

    private static DossierRow toRow(Record r) {
        return new DossierRow(r.get(DOSSIER.ID), r.get(DOSSIER.CALL_ID), r.get(DOSSIER.UNIT_ID),
                new TenantId(r.get(DOSSIER.TENANT_ID)), r.get(DOSSIER.KIND), r.get(DOSSIER.STATUS), r.get(DOSSIER.NAME),
                r.get(DOSSIER.INDUSTRY_FIELD), r.get(DOSSIER.LAST_SAVED_AT), r.get(SUBMITTED_VERSIONS),
                r.get(HOST_UNIT.NAME), r.get(HOST_UNIT.CREDIT_CODE), r.get(LAST_SUBMITTED), r.get(DOSSIER.REVISION_DUE));
    }

    /** The statuses in the order a dossier passes them, so that a list sorted by status follows the pipeline. */
    private static final Field<Integer> PIPELINE_ORDER = pipelineOrder();

    private static Field<Integer> pipelineOrder() {
        DossierStatus[] statuses = DossierStatus.values();
        CaseWhenStep<DossierStatus, Integer> order = DSL.choose(DOSSIER.STATUS)
                .when(statuses[0], DSL.inline(statuses[0].ordinal()));
        for (int i = 1; i < statuses.length; i++) {
            order = order.when(statuses[i], DSL.inline(statuses[i].ordinal()));
        }
        return order.otherwise(DSL.inline(statuses.length));
    }

    @Override
    public int count(TenantScope scope, DossierFilter f) {
        return dsl.fetchCount(DOSSIER, conditions(scope, f));
    }

    private static Condition conditions(TenantScope scope, DossierFilter f) {
        Condition c = inScope(scope);
        if (f.callId() != null) {
            c = c.and(DOSSIER.CALL_ID.eq(f.callId()));
        }
        if (!f.statuses().isEmpty()) {
            c = c.and(DOSSIER.STATUS.in(f.statuses()));
        }
        if (f.kind() != null) {
            c = c.and(DOSSIER.KIND.eq(f.kind()));
        }
        if (f.tenant() != null) {
            c = c.and(DOSSIER.TENANT_ID.eq(f.tenant().value()));
        }
        if (f.field() != null) {
            c = c.and(DOSSIER.INDUSTRY_FIELD.eq(f.field()));
        }
        if (f.year() != null) {
            c = c.and(DOSSIER.CALL_ID.in(DSL.select(APP_CALL.ID).from(APP_CALL).where(APP_CALL.CALL_YEAR.eq(f.year()))));
        }
        if (f.status() != null) {
            c = c.and(DOSSIER.STATUS.eq(f.status()));
        }
        if (f.unit() != null) {
            c = c.and(DOSSIER.UNIT_ID.eq(f.unit()));
        }
        if (f.text() != null) {
            c = c.and(JooqUnitSearch.rowMatches(DOSSIER.NAME, DOSSIER.UNIT_ID, DOSSIER.ID, DossierId::of, f.text()));
        }
        return c;
    }

    /** The proposed name as the list sorts it: trimmed, at most the column's length. */
    static String nameColumn(DossierContent content) {
        String n = content.facts() == null || content.facts().name() == null ? "" : content.facts().name().strip();
        return n.length() > 200 ? n.substring(0, 200) : n;
    }

    /** The field as the dashboards group it: the applicant's text, trimmed, at most the column's length. */
    static @Nullable String fieldColumn(DossierContent content) {
        String f = content.industryField() == null ? "" : content.industryField().strip();
        return f.isEmpty() ? null : f.length() > 100 ? f.substring(0, 100) : f;
    }

    @Override
    public Optional<DossierId> findId(CallId callId, UnitId unitId, CarrierKind kind) {
        return dsl.select(DOSSIER.ID).from(DOSSIER).where(DOSSIER.CALL_ID.eq(callId)).and(DOSSIER.UNIT_ID.eq(unitId))
                .and(DOSSIER.KIND.eq(kind)).fetchOptional(DOSSIER.ID);
    }

    @Override
    public DossierId insert(CallId callId, UnitId unitId, TenantId tenant, CarrierKind kind, DossierContent content,
                       LocalDateTime at, String by) {
        return dsl.insertInto(DOSSIER)
                .set(DOSSIER.CALL_ID, callId)
                .set(DOSSIER.UNIT_ID, unitId)
                .set(DOSSIER.TENANT_ID, tenant.value())
                .set(DOSSIER.KIND, kind)
                .set(DOSSIER.STATUS, DossierStatus.DRAFT)
                .set(DOSSIER.CONTENT_JSON, json.writeValueAsString(content))
                .set(DOSSIER.INDUSTRY_FIELD, fieldColumn(content))
                .set(DOSSIER.NAME, nameColumn(content))
                .set(DOSSIER.LAST_SAVED_AT, at)
                .set(DOSSIER.LAST_SAVED_BY, by)
                .set(DOSSIER.CREATED_AT, at)
                .set(DOSSIER.VERSION, 0)
                .returning(DOSSIER.ID).fetchSingle().getId();
    }

    @Override
    public boolean saveContent(TenantScope scope, DossierId id, int version, DossierContent content, LocalDateTime at,
                               String by) {
        return dsl.update(DOSSIER)
                .set(DOSSIER.CONTENT_JSON, json.writeValueAsString(content))
                .set(DOSSIER.INDUSTRY_FIELD, fieldColumn(content))
                .set(DOSSIER.NAME, nameColumn(content))
                .set(DOSSIER.LAST_SAVED_AT, at)
                .set(DOSSIER.LAST_SAVED_BY, by)
                .set(DOSSIER.VERSION, DOSSIER.VERSION.plus(1))
                .where(DOSSIER.ID.eq(id)).and(DOSSIER.VERSION.eq(version)).and(DOSSIER.STATUS.in(EDITABLE))
                .and(inScope(scope))
                .execute() == 1;
    }

    @Override
    public boolean submit(TenantScope scope, DossierId id, int version, DossierVersion v) {
        boolean locked = dsl.update(DOSSIER)
                .set(DOSSIER.STATUS, DossierStatus.SUBMITTED)
                .set(DOSSIER.REVISION_DUE, (LocalDate) null)
                .set(DOSSIER.VERSION, DOSSIER.VERSION.plus(1))
                .where(DOSSIER.ID.eq(id)).and(DOSSIER.VERSION.eq(version)).and(DOSSIER.STATUS.in(EDITABLE))
                .and(inScope(scope))
                .execute() == 1;
        if (locked) {
            dsl.insertInto(DOSSIER_VERSION)
                    .set(DOSSIER_VERSION.DOSSIER_ID, id)
                    .set(DOSSIER_VERSION.NUMBER, v.number())
                    .set(DOSSIER_VERSION.CONTENT_JSON, json.writeValueAsString(v.content()))
                    .set(DOSSIER_VERSION.RULE_SET_VERSION, v.ruleSetVersion())
                    .set(DOSSIER_VERSION.ELIGIBLE, v.eligible())
                    .set(DOSSIER_VERSION.FAIL_ACKNOWLEDGED, v.failAcknowledged())
                    .set(DOSSIER_VERSION.SUBMITTED_AT, v.submittedAt())
                    .set(DOSSIER_VERSION.SUBMITTED_BY, v.submittedBy())
                    .set(DOSSIER_VERSION.ATTACHMENTS_JSON, json.writeValueAsString(v.attachments()))
                    .execute();
        }
        return locked;
    }

    @Override
    public boolean moveStatus(TenantScope scope, DossierId id, DossierStatus from, DossierStatus to,
                              @Nullable LocalDate revisionDue) {
        return dsl.update(DOSSIER)
                .set(DOSSIER.STATUS, to)
                .set(DOSSIER.REVISION_DUE, revisionDue)
                .set(DOSSIER.VERSION, DOSSIER.VERSION.plus(1))
                .where(DOSSIER.ID.eq(id)).and(DOSSIER.STATUS.eq(from)).and(inScope(scope))
                .execute() == 1;
    }

    @Override
    public Optional<DossierVersion> latestVersionAssignedTo(ExpertId expertId, DossierId dossierId) {
        return dsl.select(DOSSIER_VERSION.fields()).from(DOSSIER_VERSION)
                .where(DOSSIER_VERSION.DOSSIER_ID.eq(dossierId))
                .and(DSL.exists(DSL.selectOne().from(EXPERT_ASSIGNMENT)
                        .where(EXPERT_ASSIGNMENT.SUBJECT_TYPE.eq(SubjectType.DOSSIER))
                        .and(EXPERT_ASSIGNMENT.SUBJECT_ID.eq(dossierId.value()))
                        .and(EXPERT_ASSIGNMENT.EXPERT_ID.eq(expertId))))
                .orderBy(DOSSIER_VERSION.NUMBER.desc()).limit(1)
                .fetchOptional(this::toVersion);
    }

    /** The one condition of an authority's reading: its fields, from recommendation on (decision 0030). */
    private static Condition recommendedIn(Collection<String> fields) {
        if (fields.isEmpty()) {
            return DSL.falseCondition();
        }
        return DOSSIER.INDUSTRY_FIELD.in(fields).and(DOSSIER.STATUS.in(Arrays.stream(DossierStatus.values())
                .filter(DossierStatus::recommendedOrLater).toList()));
    }

    @Override
    public List<DossierRow> recommendedInFields(Collection<String> fields) {
        return lines().where(recommendedIn(fields))
                .orderBy(DOSSIER.LAST_SAVED_AT.desc(), DOSSIER.ID.desc())
                .fetch(JooqDossierRepository::toRow);
    }

    @Override
    public Optional<Dossier> findRecommendedInFields(Collection<String> fields, DossierId id) {
        return dossiers().where(DOSSIER.ID.eq(id)).and(recommendedIn(fields)).fetchOptional(this::toDossier);
    }

    @Override
    public Optional<DossierVersion> latestVersionRecommendedInFields(Collection<String> fields, DossierId id) {
        return dsl.select(DOSSIER_VERSION.fields()).from(DOSSIER_VERSION)
                .join(DOSSIER).on(DOSSIER.ID.eq(DOSSIER_VERSION.DOSSIER_ID))
                .where(DOSSIER_VERSION.DOSSIER_ID.eq(id)).and(recommendedIn(fields))
                .orderBy(DOSSIER_VERSION.NUMBER.desc()).limit(1)
                .fetchOptional(this::toVersion);
    }

    @Override
    public boolean anyOfKindIn(CarrierKind kind, DossierStatus status) {
        return dsl.fetchExists(DOSSIER, DOSSIER.KIND.eq(kind).and(DOSSIER.STATUS.eq(status)));
    }

    @Override
    public List<DossierVersion> versions(TenantScope scope, DossierId dossierId) {
        return dsl.select(DOSSIER_VERSION.fields()).from(DOSSIER_VERSION)
                .join(DOSSIER).on(DOSSIER.ID.eq(DOSSIER_VERSION.DOSSIER_ID))
                .where(DOSSIER_VERSION.DOSSIER_ID.eq(dossierId)).and(inScope(scope))
                .orderBy(DOSSIER_VERSION.NUMBER)
                .fetch(this::toVersion);
    }

    private DossierVersion toVersion(Record r) {
        return new DossierVersion(r.get(DOSSIER_VERSION.DOSSIER_ID), r.get(DOSSIER_VERSION.NUMBER),
                        json.readValue(r.get(DOSSIER_VERSION.CONTENT_JSON), DossierContent.class),
                        r.get(DOSSIER_VERSION.RULE_SET_VERSION), r.get(DOSSIER_VERSION.ELIGIBLE),
                        r.get(DOSSIER_VERSION.FAIL_ACKNOWLEDGED), r.get(DOSSIER_VERSION.SUBMITTED_AT),
                        r.get(DOSSIER_VERSION.SUBMITTED_BY), attachmentList(r.get(DOSSIER_VERSION.ATTACHMENTS_JSON)));
    }

    private List<Attachment> attachmentList(@Nullable String stored) {
        return stored == null ? List.of() : List.of(json.readValue(stored, Attachment[].class));
    }

    @Override
    public long insertAttachment(Dossier d, @Nullable String requirementCode, String fileName, String contentType, long size,
                                 String sha256, String by, LocalDateTime at) {
        return dsl.insertInto(DOSSIER_ATTACHMENT)
                .set(DOSSIER_ATTACHMENT.DOSSIER_ID, d.id())
                .set(DOSSIER_ATTACHMENT.TENANT_ID, d.tenantId().value())
                .set(DOSSIER_ATTACHMENT.UNIT_ID, d.unitId())
                .set(DOSSIER_ATTACHMENT.REQUIREMENT_CODE, requirementCode)
                .set(DOSSIER_ATTACHMENT.FILE_NAME, fileName)
                .set(DOSSIER_ATTACHMENT.CONTENT_TYPE, contentType)
                .set(DOSSIER_ATTACHMENT.SIZE_BYTES, size)
                .set(DOSSIER_ATTACHMENT.SHA256, sha256)
                .set(DOSSIER_ATTACHMENT.UPLOADED_BY, by)
                .set(DOSSIER_ATTACHMENT.UPLOADED_AT, at)
                .set(DOSSIER_ATTACHMENT.REMOVED, false)
                .returning(DOSSIER_ATTACHMENT.ID).fetchSingle().getId();
    }

    @Override
    public List<Attachment> attachments(TenantScope scope, DossierId dossierId) {
        return dsl.selectFrom(DOSSIER_ATTACHMENT)
                .where(DOSSIER_ATTACHMENT.DOSSIER_ID.eq(dossierId)).and(DOSSIER_ATTACHMENT.REMOVED.isFalse())
                .and(JooqScopes.inScope(scope, DOSSIER_ATTACHMENT.TENANT_ID, DOSSIER_ATTACHMENT.UNIT_ID))
                .orderBy(DOSSIER_ATTACHMENT.ID)
                .fetch(a -> new Attachment(a.getId(), a.getDossierId(), a.getRequirementCode(), a.getFileName(),
                        a.getContentType(), a.getSizeBytes(), a.getSha256(), a.getUploadedBy(), a.getUploadedAt()));
    }

    @Override
    public AttachmentLoad attachmentLoad(DossierId dossierId, boolean lock) {
        if (!lock) {
            var load = dsl.select(DSL.count(), DSL.coalesce(DSL.sum(DOSSIER_ATTACHMENT.SIZE_BYTES), BigDecimal.ZERO))
                    .from(DOSSIER_ATTACHMENT)
                    .where(DOSSIER_ATTACHMENT.DOSSIER_ID.eq(dossierId)).and(DOSSIER_ATTACHMENT.REMOVED.isFalse())
                    .fetchSingle();
            return new AttachmentLoad(load.value1(), load.value2().longValue());
        }
        dsl.select(DOSSIER.ID).from(DOSSIER).where(DOSSIER.ID.eq(dossierId)).forUpdate().fetch();
        // a locking read of the rows themselves: under InnoDB's repeatable read a plain read here would answer from the
        // snapshot the transaction began with, before the uploads this one waited for were committed
        List<Long> sizes = dsl.select(DOSSIER_ATTACHMENT.SIZE_BYTES).from(DOSSIER_ATTACHMENT)
                .where(DOSSIER_ATTACHMENT.DOSSIER_ID.eq(dossierId)).and(DOSSIER_ATTACHMENT.REMOVED.isFalse())
                .forUpdate().fetch(DOSSIER_ATTACHMENT.SIZE_BYTES);
        return new AttachmentLoad(sizes.size(), sizes.stream().mapToLong(Long::longValue).sum());
    }

    @Override
    public boolean removeAttachment(TenantScope scope, DossierId dossierId, long attachmentId) {
        return dsl.update(DOSSIER_ATTACHMENT).set(DOSSIER_ATTACHMENT.REMOVED, true)
                .where(DOSSIER_ATTACHMENT.ID.eq(attachmentId)).and(DOSSIER_ATTACHMENT.DOSSIER_ID.eq(dossierId))
                .and(JooqScopes.inScope(scope, DOSSIER_ATTACHMENT.TENANT_ID, DOSSIER_ATTACHMENT.UNIT_ID))
                .execute() == 1;
    }

    private Dossier toDossier(Record row) {
        DossierRecord r = row.into(DOSSIER);
        return new Dossier(r.getId(), r.getCallId(), r.getUnitId(), new TenantId(r.getTenantId()),
                r.getKind(), r.getStatus(),
                json.readValue(r.getContentJson(), DossierContent.class), row.get(SUBMITTED_VERSIONS),
                r.getLastSavedAt(), r.getLastSavedBy(), r.getCreatedAt(), r.getVersion(), r.getRevisionDue());
    }
}
