package cn.kunming.kjj.carrier.security;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Removes the sessions of nodes that died (their last request older than the session timeout), on one node at a time.
 * They already count no more; this keeps the table to the sessions that live.
 */
@Component
class StaleSessionSweep {

    private static final Logger log = LoggerFactory.getLogger(StaleSessionSweep.class);
    private final SharedSessionRegistry registry;

    StaleSessionSweep(SharedSessionRegistry registry) {
        this.registry = registry;
    }

    @Scheduled(fixedDelayString = "${portal.session.sweep-every:PT10M}",
            initialDelayString = "${portal.session.sweep-every:PT10M}")
    @SchedulerLock(name = "session-sweep", lockAtMostFor = "PT5M")
    void run() {
        int swept = registry.sweepStale();
        if (swept > 0) {
            log.info("removed {} sessions of nodes that are gone", swept);
        }
    }
}
