package cn.kunming.kjj.carrier.review.repository;

import cn.kunming.kjj.carrier.common.CallId;
import cn.kunming.kjj.carrier.common.DossierId;
import cn.kunming.kjj.carrier.dossier.Dossier;
import cn.kunming.kjj.carrier.review.ChecklistDraft;
import cn.kunming.kjj.carrier.review.ChecklistItem;
import cn.kunming.kjj.carrier.review.DistrictAction;
import cn.kunming.kjj.carrier.review.DistrictReview;
import cn.kunming.kjj.carrier.review.ReviewSchedule;
import cn.kunming.kjj.carrier.security.TenantScope;
import cn.kunming.kjj.carrier.security.JooqScopes;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static cn.kunming.kjj.carrier.jooq.Tables.CHECKLIST_DRAFT;
import static cn.kunming.kjj.carrier.jooq.Tables.DISTRICT_REVIEW;
import static cn.kunming.kjj.carrier.jooq.Tables.DOSSIER;
import static cn.kunming.kjj.carrier.jooq.Tables.REVIEW_SCHEDULE;

@Repository
class JooqDistrictReviewRepository implements DistrictReviewRepository {

    private final DSLContext dsl;
    private final JsonMapper json = JsonMapper.builder().build();

    JooqDistrictReviewRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public void insert(Dossier dossier, DistrictReview r) {
        dsl.insertInto(DISTRICT_REVIEW)
                .set(DISTRICT_REVIEW.DOSSIER_ID, dossier.id())
                .set(DISTRICT_REVIEW.TENANT_ID, dossier.tenantId().value())
                .set(DISTRICT_REVIEW.UNIT_ID, dossier.unitId())
                .set(DISTRICT_REVIEW.VERSION_NUMBER, r.versionNumber())
                .set(DISTRICT_REVIEW.ACTION, r.action())
                .set(DISTRICT_REVIEW.OPINION, r.opinion())
                .set(DISTRICT_REVIEW.CHECKLIST_JSON, json.writeValueAsString(r.items()))
                .set(DISTRICT_REVIEW.REVISION_DUE, r.revisionDue())
                .set(DISTRICT_REVIEW.DECIDED_BY, r.decidedBy())
                .set(DISTRICT_REVIEW.DECIDED_AT, r.decidedAt())
                .execute();
    }

    @Override
    public List<DistrictReview> history(TenantScope scope, DossierId dossierId) {
        return dsl.selectFrom(DISTRICT_REVIEW).where(DISTRICT_REVIEW.DOSSIER_ID.eq(dossierId))
                .and(JooqScopes.inScope(scope, DISTRICT_REVIEW.TENANT_ID, DISTRICT_REVIEW.UNIT_ID))
                .orderBy(DISTRICT_REVIEW.ID)
                .fetch(r -> new DistrictReview(r.getId(), r.getDossierId(), r.getVersionNumber(),
                        r.getAction(), r.getOpinion(),
                        List.of(json.readValue(r.getChecklistJson(), ChecklistItem[].class)), r.getRevisionDue(),
                        r.getDecidedBy(), r.getDecidedAt()));
    }

    @Override
    public Map<DossierId, DistrictAction> lastActions(TenantScope scope, Collection<DossierId> dossierIds) {
        if (dossierIds.isEmpty()) {
            return Map.of();
        }
        var latest = DSL.select(DSL.max(DISTRICT_REVIEW.ID)).from(DISTRICT_REVIEW)
                .where(DISTRICT_REVIEW.DOSSIER_ID.in(dossierIds)).groupBy(DISTRICT_REVIEW.DOSSIER_ID);
        return dsl.select(DISTRICT_REVIEW.DOSSIER_ID, DISTRICT_REVIEW.ACTION).from(DISTRICT_REVIEW)
                .where(DISTRICT_REVIEW.ID.in(latest))
                .and(JooqScopes.inScope(scope, DISTRICT_REVIEW.TENANT_ID, DISTRICT_REVIEW.UNIT_ID))
                .fetchMap(DISTRICT_REVIEW.DOSSIER_ID, DISTRICT_REVIEW.ACTION);
    }

    @Override
    public Optional<ChecklistDraft> draft(TenantScope scope, DossierId dossierId) {
        return dsl.selectFrom(CHECKLIST_DRAFT).where(CHECKLIST_DRAFT.DOSSIER_ID.eq(dossierId))
                .and(JooqScopes.inScope(scope, CHECKLIST_DRAFT.TENANT_ID, CHECKLIST_DRAFT.UNIT_ID))
                .fetchOptional(r -> new ChecklistDraft(List.of(json.readValue(r.getItemsJson(), ChecklistItem[].class)),
                        r.getOpinion(), r.getSavedBy(), r.getSavedAt()));
    }

    @Override
    public void saveDraft(Dossier dossier, ChecklistDraft draft) {
        // saves arriving together (two tabs, a double click) take turns on the dossier's row: without it, InnoDB's
        // insert locks deadlock them. The row of the draft first, if no save made it yet, then its content: the last wins
        dsl.select(DOSSIER.ID).from(DOSSIER).where(DOSSIER.ID.eq(dossier.id())).forUpdate().fetch();
        String items = json.writeValueAsString(draft.items());
        dsl.insertInto(CHECKLIST_DRAFT)
                .set(CHECKLIST_DRAFT.DOSSIER_ID, dossier.id())
                .set(CHECKLIST_DRAFT.TENANT_ID, dossier.tenantId().value())
                .set(CHECKLIST_DRAFT.UNIT_ID, dossier.unitId())
                .set(CHECKLIST_DRAFT.ITEMS_JSON, items)
                .set(CHECKLIST_DRAFT.OPINION, draft.opinion())
                .set(CHECKLIST_DRAFT.SAVED_BY, draft.savedBy())
                .set(CHECKLIST_DRAFT.SAVED_AT, draft.savedAt())
                .onDuplicateKeyIgnore()
                .execute();
        dsl.update(CHECKLIST_DRAFT)
                .set(CHECKLIST_DRAFT.ITEMS_JSON, items)
                .set(CHECKLIST_DRAFT.OPINION, draft.opinion())
                .set(CHECKLIST_DRAFT.SAVED_BY, draft.savedBy())
                .set(CHECKLIST_DRAFT.SAVED_AT, draft.savedAt())
                .where(CHECKLIST_DRAFT.DOSSIER_ID.eq(dossier.id()))
                .execute();
    }

    @Override
    public void deleteDraft(DossierId dossierId) {
        dsl.deleteFrom(CHECKLIST_DRAFT).where(CHECKLIST_DRAFT.DOSSIER_ID.eq(dossierId)).execute();
    }

    @Override
    public Optional<ReviewSchedule> schedule(CallId callId) {
        return dsl.selectFrom(REVIEW_SCHEDULE).where(REVIEW_SCHEDULE.CALL_ID.eq(callId))
                .fetchOptional(r -> new ReviewSchedule(r.getCallId(), r.getRecommendBy(), r.getReviewBy()));
    }

    @Override
    public void saveSchedule(ReviewSchedule s) {
        int updated = dsl.update(REVIEW_SCHEDULE)
                .set(REVIEW_SCHEDULE.RECOMMEND_BY, s.recommendBy())
                .set(REVIEW_SCHEDULE.REVIEW_BY, s.reviewBy())
                .where(REVIEW_SCHEDULE.CALL_ID.eq(s.callId())).execute();
        if (updated == 0) {
            dsl.insertInto(REVIEW_SCHEDULE)
                    .set(REVIEW_SCHEDULE.CALL_ID, s.callId())
                    .set(REVIEW_SCHEDULE.RECOMMEND_BY, s.recommendBy())
                    .set(REVIEW_SCHEDULE.REVIEW_BY, s.reviewBy())
                    .execute();
        }
    }
}
