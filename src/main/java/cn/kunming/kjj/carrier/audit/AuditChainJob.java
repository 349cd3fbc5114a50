package cn.kunming.kjj.carrier.audit;

import org.springframework.context.ApplicationEventPublisher;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every night, verifies the whole audit chain on one node (ShedLock); a broken chain is told at once to the
 * auditors, by the portal and by SMS, with the first broken link.
 */
@Component
class AuditChainJob {

    private static final Logger log = LoggerFactory.getLogger(AuditChainJob.class);

    private final AuditChain chain;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;

    AuditChainJob(AuditChain chain, ApplicationEventPublisher events, TransactionTemplate tx) {
        this.chain = chain;
        this.events = events;
        this.tx = tx;
    }

    @Scheduled(cron = "${portal.audit.chain-cron:0 15 3 * * *}", zone = "Asia/Shanghai")
    @SchedulerLock(name = "audit-chain", lockAtMostFor = "PT2H", lockAtLeastFor = "PT1M")
    void run() {
        verify();
    }

    ChainReport verify() {
        ChainReport report = tx.execute(status -> {
            ChainReport r = chain.verifyAs(AuditLog.SYSTEM_ACTOR);
            if (!r.intact()) {
                events.publishEvent(new AuditChainBroken(r.brokenSeq(), r.brokenEventId()));
            }
            return r;
        });
        if (report.intact()) {
            log.info("audit chain intact: {} links", report.eventsChecked());
        } else {
            log.error("audit chain broken at link {} (event {}): {}", report.brokenSeq(), report.brokenEventId(),
                    report.problem());
        }
        return report;
    }
}
