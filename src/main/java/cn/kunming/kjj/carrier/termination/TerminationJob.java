package cn.kunming.kjj.carrier.termination;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Every night, after the registration files are in, applies G6.3 on one node at a time. */
@Component
class TerminationJob {

    private static final Logger log = LoggerFactory.getLogger(TerminationJob.class);
    private final Terminations terminations;

    TerminationJob(Terminations terminations) {
        this.terminations = terminations;
    }

    @Scheduled(cron = "${portal.termination.cron:0 0 3 * * *}", zone = "Asia/Shanghai")
    @SchedulerLock(name = "termination", lockAtMostFor = "PT1H", lockAtLeastFor = "PT1M")
    void run() {
        log.info("G6.3: {} terminations and withdrawals", terminations.runAll(id -> { }));
    }
}
