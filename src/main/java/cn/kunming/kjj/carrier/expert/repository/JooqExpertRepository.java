package cn.kunming.kjj.carrier.expert.repository;

import cn.kunming.kjj.carrier.common.AccountId;
import cn.kunming.kjj.carrier.common.UnitId;
import cn.kunming.kjj.carrier.common.ExpertId;
import org.jspecify.annotations.Nullable;
import cn.kunming.kjj.carrier.expert.Expert;
import cn.kunming.kjj.carrier.expert.ExpertDraft;
import cn.kunming.kjj.carrier.expert.ExpertFields;
import cn.kunming.kjj.carrier.jooq.tables.records.ExpertRecord;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import static cn.kunming.kjj.carrier.jooq.Tables.EXPERT;
import static cn.kunming.kjj.carrier.jooq.Tables.EXPERT_CONFLICT;

@Repository
class JooqExpertRepository implements ExpertRepository {

    private final DSLContext dsl;

    JooqExpertRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public List<Expert> findAll() {
        return dsl.selectFrom(EXPERT).orderBy(EXPERT.ACTIVE.desc(), EXPERT.NAME, EXPERT.ID).fetch(this::toExpert);
    }

    @Override
    public Optional<Expert> findById(ExpertId id) {
        return dsl.selectFrom(EXPERT).where(EXPERT.ID.eq(id)).fetchOptional(this::toExpert);
    }

    @Override
    public Optional<Expert> findByAccount(AccountId accountId) {
        return dsl.selectFrom(EXPERT).where(EXPERT.ACCOUNT_ID.eq(accountId)).fetchOptional(this::toExpert);
    }

    @Override
    public Optional<Expert> findByNameAndAffiliation(String name, String affiliation) {
        return dsl.selectFrom(EXPERT).where(EXPERT.NAME.eq(name)).and(EXPERT.AFFILIATION.eq(affiliation))
                .orderBy(EXPERT.ID).limit(1).fetchOptional(this::toExpert);
    }

    @Override
    public ExpertId insert(ExpertDraft d, LocalDateTime at) {
        return dsl.insertInto(EXPERT)
                .set(EXPERT.NAME, d.name())
                .set(EXPERT.FIELDS, ExpertFields.join(d.fields()))
                .set(EXPERT.TITLE, d.title())
                .set(EXPERT.AFFILIATION, d.affiliation())
                .set(EXPERT.AFFILIATION_CREDIT_CODE, d.affiliationCreditCode())
                .set(EXPERT.PHONE, d.phone())
                .set(EXPERT.EMAIL, d.email())
                .set(EXPERT.ACTIVE, d.active())
                .set(EXPERT.CREATED_AT, at)
                .set(EXPERT.VERSION, 0)
                .returning(EXPERT.ID).fetchSingle().getId();
    }

    @Override
    public boolean update(ExpertId id, int version, ExpertDraft d) {
        return dsl.update(EXPERT)
                .set(EXPERT.NAME, d.name())
                .set(EXPERT.FIELDS, ExpertFields.join(d.fields()))
                .set(EXPERT.TITLE, d.title())
                .set(EXPERT.AFFILIATION, d.affiliation())
                .set(EXPERT.AFFILIATION_CREDIT_CODE, d.affiliationCreditCode())
                .set(EXPERT.PHONE, d.phone())
                .set(EXPERT.EMAIL, d.email())
                .set(EXPERT.ACTIVE, d.active())
                .set(EXPERT.VERSION, EXPERT.VERSION.plus(1))
                .where(EXPERT.ID.eq(id)).and(EXPERT.VERSION.eq(version))
                .execute() == 1;
    }

    @Override
    public boolean linkAccount(ExpertId id, int version, @Nullable AccountId accountId) {
        return dsl.update(EXPERT).set(EXPERT.ACCOUNT_ID, accountId).set(EXPERT.VERSION, EXPERT.VERSION.plus(1))
                .where(EXPERT.ID.eq(id)).and(EXPERT.VERSION.eq(version)).execute() == 1;
    }

    @Override
    public List<UnitId> conflictUnits(ExpertId expertId) {
        return dsl.selectDistinct(EXPERT_CONFLICT.UNIT_ID).from(EXPERT_CONFLICT)
                .where(EXPERT_CONFLICT.EXPERT_ID.eq(expertId)).fetch(EXPERT_CONFLICT.UNIT_ID);
    }

    @Override
    public void insertConflict(ExpertId expertId, UnitId unitId, String note, LocalDateTime at, String by) {
        dsl.insertInto(EXPERT_CONFLICT)
                .set(EXPERT_CONFLICT.EXPERT_ID, expertId)
                .set(EXPERT_CONFLICT.UNIT_ID, unitId)
                .set(EXPERT_CONFLICT.NOTE, note)
                .set(EXPERT_CONFLICT.DECLARED_AT, at)
                .set(EXPERT_CONFLICT.DECLARED_BY, by)
                .execute();
    }

    private Expert toExpert(ExpertRecord r) {
        return new Expert(r.getId(), r.getName(), ExpertFields.parse(r.getFields()), r.getTitle(), r.getAffiliation(),
                r.getAffiliationCreditCode(), r.getPhone(), r.getEmail(), r.getActive(), r.getAccountId(),
                r.getVersion());
    }
}
