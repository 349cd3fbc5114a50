package cn.kunming.kjj.carrier.publicity;

import cn.kunming.kjj.carrier.publicity.repository.NoticeRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.LocalDate;

/**
 * Every night, closes the notices whose period has ended, once the bureau has filed the document and handled
 * every objection (P4.5). A notice that cannot close yet is left for the bureau's page, which says why.
 */
@Component
class NoticeClosingJob {

    private static final Logger log = LoggerFactory.getLogger(NoticeClosingJob.class);

    private final NoticeRepository notices;
    private final NoticeClosing closing;
    private final TransactionTemplate tx;
    private final Clock clock;

    NoticeClosingJob(NoticeRepository notices, NoticeClosing closing, TransactionTemplate tx, Clock clock) {
        this.notices = notices;
        this.closing = closing;
        this.tx = tx;
        this.clock = clock;
    }

    @Scheduled(cron = "${portal.publicity.closing-cron:0 15 1 * * *}", zone = "Asia/Shanghai")
    // held at least a minute, like the other nightly jobs: a node whose trigger comes a moment later (or whose clock is
    // a little behind) finds the lock still taken instead of free again, and does not run the job a second time
    @net.javacrumbs.shedlock.spring.annotation.SchedulerLock(name = "notice-closing", lockAtMostFor = "PT30M",
            lockAtLeastFor = "PT1M")
    void run() {
        for (PublicNotice notice : notices.openEndedBefore(LocalDate.now(clock))) {
            tx.executeWithoutResult(status -> closing.blocker(notice).ifPresentOrElse(
                    why -> log.info("notice {} stays open: {}", notice.id(), why),
                    () -> closing.close(notice).ifPresent(n -> log.info("notice {} closed: {} approved", notice.id(), n))));
        }
    }
}
