package cn.kunming.kjj.carrier.notification.reminder;

import cn.kunming.kjj.carrier.notification.NotificationKind;
import cn.kunming.kjj.carrier.notification.Notifier;
import cn.kunming.kjj.carrier.notification.Reminder;
import cn.kunming.kjj.carrier.notification.ReminderSource;
import cn.kunming.kjj.carrier.notification.ReminderSteps;
import cn.kunming.kjj.carrier.notification.repository.NotificationRepository;
import cn.kunming.kjj.carrier.security.Account;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;

/**
 * Deadline reminders, daily, on one node (ShedLock). Each feature says what is due today ({@link ReminderSource}: a
 * call closing, a revision, a yearly report, a public notice ending, expert reviews, open credit alerts); this job
 * reaches into none of them. Each person gets each step of each deadline once — even when the job runs twice or on
 * two nodes — because the step is recorded under a unique key in the same transaction as the notification.
 */
@Component
public class Reminders implements ReminderRun {

    private final ReminderSteps steps;
    private final List<ReminderSource> sources;
    private final NotificationRepository notifications;
    private final Notifier notifier;
    private final TransactionTemplate tx;
    private final Clock clock;

    Reminders(@Value("${portal.reminders.days-before:7,1,0}") String daysBefore, List<ReminderSource> sources,
              NotificationRepository notifications, Notifier notifier, TransactionTemplate tx, Clock clock) {
        this.steps = new ReminderSteps(Arrays.stream(daysBefore.split(",")).map(String::strip).map(Integer::valueOf).toList());
        this.sources = List.copyOf(sources);
        this.notifications = notifications;
        this.notifier = notifier;
        this.tx = tx;
        this.clock = clock;
    }

    @Scheduled(cron = "${portal.reminders.cron:0 0 8 * * *}", zone = "Asia/Shanghai")
    @SchedulerLock(name = "reminders", lockAtMostFor = "PT30M", lockAtLeastFor = "PT1M")
    void run() {
        sendDue();
    }

    /** Sends every reminder due today that was not sent before; the number sent. */
    @Override
    public int sendDue() {
        LocalDate today = LocalDate.now(clock);
        int sent = 0;
        for (ReminderSource source : sources) {
            for (Reminder reminder : source.dueOn(today, steps)) {
                sent += remind(reminder);
            }
        }
        return sent;
    }

    /** Notifies each person who has not had this step yet; one transaction per person. */
    private int remind(Reminder reminder) {
        int sent = 0;
        NotificationKind kind = reminder.kind();
        for (Account account : notifier.resolve(reminder.audience())) {
            Boolean fresh = tx.execute(s -> {
                if (!notifications.remindOnce(kind + ":" + reminder.key() + ":" + account.id(), LocalDateTime.now(clock))) {
                    return false;
                }
                notifier.notify(List.of(account), kind, reminder.link(), reminder.args().toArray());
                return true;
            });
            sent += Boolean.TRUE.equals(fresh) ? 1 : 0;
        }
        return sent;
    }
}
