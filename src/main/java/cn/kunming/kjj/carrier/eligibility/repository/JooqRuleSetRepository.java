package cn.kunming.kjj.carrier.eligibility.repository;

import cn.kunming.kjj.carrier.eligibility.RuleSet;
import cn.kunming.kjj.carrier.eligibility.Threshold;
import cn.kunming.kjj.carrier.jooq.tables.records.RuleSetRecord;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static cn.kunming.kjj.carrier.jooq.Tables.RULE_SET;
import static cn.kunming.kjj.carrier.jooq.Tables.RULE_THRESHOLD;

@Repository
class JooqRuleSetRepository implements RuleSetRepository {

    private final DSLContext dsl;

    JooqRuleSetRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public List<RuleSet> findAll() {
        return dsl.selectFrom(RULE_SET).orderBy(RULE_SET.VALID_FROM.desc()).fetch(this::toRuleSet);
    }

    @Override
    public Optional<RuleSet> findInForceOn(LocalDate day) {
        return dsl.selectFrom(RULE_SET)
                .where(RULE_SET.VALID_FROM.le(day))
                .and(RULE_SET.VALID_TO.isNull().or(RULE_SET.VALID_TO.ge(day)))
                .orderBy(RULE_SET.VALID_FROM.desc())
                .limit(1)
                .fetchOptional(this::toRuleSet);
    }

    @Override
    public Optional<RuleSet> findByVersion(String version) {
        return dsl.selectFrom(RULE_SET).where(RULE_SET.VERSION.eq(version)).fetchOptional(this::toRuleSet);
    }

    @Override
    public void insert(RuleSet r, LocalDateTime createdAt, String createdBy) {
        dsl.insertInto(RULE_SET)
                .set(RULE_SET.VERSION, r.version())
                .set(RULE_SET.TITLE, r.title())
                .set(RULE_SET.VALID_FROM, r.validFrom())
                .set(RULE_SET.VALID_TO, r.validTo())
                .set(RULE_SET.CREATED_AT, createdAt)
                .set(RULE_SET.CREATED_BY, createdBy)
                .execute();
        var insert = dsl.insertInto(RULE_THRESHOLD, RULE_THRESHOLD.VERSION, RULE_THRESHOLD.THRESHOLD_KEY,
                RULE_THRESHOLD.MIN_VALUE);
        for (Map.Entry<Threshold, BigDecimal> t : r.thresholds().entrySet()) {
            insert = insert.values(r.version(), t.getKey().name(), t.getValue());
        }
        insert.execute();
    }

    @Override
    public void endValidity(String version, LocalDate lastDay) {
        dsl.update(RULE_SET).set(RULE_SET.VALID_TO, lastDay).where(RULE_SET.VERSION.eq(version)).execute();
    }

    private RuleSet toRuleSet(RuleSetRecord r) {
        Map<Threshold, BigDecimal> thresholds = new EnumMap<>(Threshold.class);
        dsl.selectFrom(RULE_THRESHOLD).where(RULE_THRESHOLD.VERSION.eq(r.getVersion())).forEach(t -> {
            // a key this build does not know belongs to a newer portal; it cannot judge with it
            for (Threshold known : Threshold.values()) {
                if (known.name().equals(t.getThresholdKey())) {
                    thresholds.put(known, t.getMinValue());
                }
            }
        });
        return new RuleSet(r.getVersion(), r.getTitle(), r.getValidFrom(), r.getValidTo(), thresholds);
    }
}
