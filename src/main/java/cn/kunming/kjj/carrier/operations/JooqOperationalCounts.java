package cn.kunming.kjj.carrier.operations;

import cn.kunming.kjj.carrier.dossier.DossierStatus;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.jooq.Record1;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.Map;

import static cn.kunming.kjj.carrier.jooq.Tables.ACCOUNT;
import static cn.kunming.kjj.carrier.jooq.Tables.DOSSIER;
import static cn.kunming.kjj.carrier.jooq.Tables.DOSSIER_VERSION;
import static cn.kunming.kjj.carrier.jooq.Tables.MAIL_OUTBOX;

/**
 * The counts behind the business gauges, straight from the tables with aggregate queries: numbers only, no row and no
 * tenant's data leaves here. The features' services are secured per user and have no caller-less count; a metric has
 * no user (decision 0027).
 */
@Component
class JooqOperationalCounts implements OperationalCounts.Source {

    /** As MailOutboxSender.MAX_ATTEMPTS: after this many failures an e-mail is no longer retried. */
    static final int MAIL_MAX_ATTEMPTS = 5;

    private final DSLContext dsl;

    JooqOperationalCounts(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    @Transactional(readOnly = true)
    public OperationalCounts read(LocalDateTime now) {
        Map<DossierStatus, Long> byStatus = new EnumMap<>(DossierStatus.class);
        for (DossierStatus status : DossierStatus.values()) {
            byStatus.put(status, 0L);
        }
        dsl.select(DOSSIER.STATUS, DSL.count()).from(DOSSIER).groupBy(DOSSIER.STATUS)
                .forEach(r -> {
                    DossierStatus status = r.value1();
                    if (status != null) {
                        byStatus.put(status, r.value2().longValue());
                    }
                });
        long today = count(dsl.selectCount().from(DOSSIER_VERSION)
                .where(DOSSIER_VERSION.SUBMITTED_AT.ge(now.toLocalDate().atStartOfDay())).fetchOne());
        var pending = MAIL_OUTBOX.STATUS.in("QUEUED", "FAILED");
        long backlog = count(dsl.selectCount().from(MAIL_OUTBOX)
                .where(pending).and(MAIL_OUTBOX.ATTEMPTS.lt(MAIL_MAX_ATTEMPTS)).fetchOne());
        long retrying = count(dsl.selectCount().from(MAIL_OUTBOX)
                .where(MAIL_OUTBOX.STATUS.eq("FAILED")).and(MAIL_OUTBOX.ATTEMPTS.lt(MAIL_MAX_ATTEMPTS)).fetchOne());
        long givenUp = count(dsl.selectCount().from(MAIL_OUTBOX)
                .where(MAIL_OUTBOX.STATUS.eq("FAILED")).and(MAIL_OUTBOX.ATTEMPTS.ge(MAIL_MAX_ATTEMPTS)).fetchOne());
        @Nullable LocalDateTime oldest = dsl.select(DSL.min(MAIL_OUTBOX.CREATED_AT)).from(MAIL_OUTBOX)
                .where(pending).and(MAIL_OUTBOX.ATTEMPTS.lt(MAIL_MAX_ATTEMPTS)).fetchOne(0, LocalDateTime.class);
        double oldestAge = oldest == null ? 0 : Math.max(0, Duration.between(oldest, now).toMillis() / 1000.0);
        long locked = count(dsl.selectCount().from(ACCOUNT).where(ACCOUNT.LOCKED_UNTIL.gt(now)).fetchOne());
        return new OperationalCounts(byStatus, today, backlog, retrying, givenUp, oldestAge, locked);
    }

    private static long count(@Nullable Record1<Integer> r) {
        Integer value = r == null ? null : r.value1();
        return value == null ? 0 : value;
    }
}
