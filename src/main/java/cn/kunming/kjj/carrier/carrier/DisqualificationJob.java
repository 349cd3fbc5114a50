package cn.kunming.kjj.carrier.carrier;

import cn.kunming.kjj.carrier.audit.AuditLog;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** Every night, proposes disqualification on the automatic grounds of M5.3 (each ground once per carrier). */
@Component
class DisqualificationJob {

    private static final Logger log = LoggerFactory.getLogger(DisqualificationJob.class);
    private final CarrierManagementService management;
    private final TransactionTemplate tx;

    DisqualificationJob(CarrierManagementService management, TransactionTemplate tx) {
        this.management = management;
        this.tx = tx;
    }

    @Scheduled(cron = "${portal.management.detect-cron:0 45 2 * * *}", zone = "Asia/Shanghai")
    @SchedulerLock(name = "disqualification-detect", lockAtMostFor = "PT1H", lockAtLeastFor = "PT1M")
    void run() {
        Integer added = tx.execute(status -> management.detectAll(AuditLog.SYSTEM_ACTOR));
        log.info("disqualification grounds detected: {} new proposals", added);
    }
}
