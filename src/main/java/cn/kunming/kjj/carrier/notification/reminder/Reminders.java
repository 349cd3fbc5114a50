package cn.kunming.kjj.carrier.notification.reminder;

import cn.kunming.kjj.carrier.annualreport.ReportRows;
import cn.kunming.kjj.carrier.annualreport.ReportDeadlines;
import cn.kunming.kjj.carrier.annualreport.ReportRow;
import cn.kunming.kjj.carrier.annualreport.repository.ReportRepository;
import cn.kunming.kjj.carrier.call.Call;
import cn.kunming.kjj.carrier.call.CallService;
import cn.kunming.kjj.carrier.credit.CreditAlert;
import cn.kunming.kjj.carrier.credit.repository.CreditRepository;
import cn.kunming.kjj.carrier.dossier.Dossier;
import cn.kunming.kjj.carrier.dossier.DossierStatus;
import cn.kunming.kjj.carrier.dossier.repository.DossierRepository;
import cn.kunming.kjj.carrier.expert.repository.ExpertRepository;
import cn.kunming.kjj.carrier.notification.NotificationKind;
import cn.kunming.kjj.carrier.notification.Notifier;
import cn.kunming.kjj.carrier.notification.repository.NotificationRepository;
import cn.kunming.kjj.carrier.publicity.NoticeStatus;
import cn.kunming.kjj.carrier.publicity.PublicNotice;
import cn.kunming.kjj.carrier.publicity.repository.NoticeRepository;
import cn.kunming.kjj.carrier.review.Assignment;
import cn.kunming.kjj.carrier.review.AssignmentStatus;
import cn.kunming.kjj.carrier.review.repository.AssignmentRepository;
import cn.kunming.kjj.carrier.review.repository.DistrictReviewRepository;
import cn.kunming.kjj.carrier.security.Account;
import cn.kunming.kjj.carrier.security.TenantScope;
import cn.kunming.kjj.carrier.security.repository.AccountRepository;
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
 * Deadline reminders, daily, on one node (ShedLock): a call closing (units with drafts), a revision due, a yearly
 * report due and overdue, a public notice ending (bureau), expert reviews due, open credit alerts. Each person gets
 * each step of each deadline once — even when the job runs twice or on two nodes — because the step is recorded
 * under a unique key in the same transaction as the notification.
 */
@Component
public class Reminders implements ReminderRun {

    private static final TenantScope EVERYTHING = new TenantScope.All();

    private final ReminderSteps steps;
    private final NotificationRepository notifications;
    private final Notifier notifier;
    private final CallService calls;
    private final DossierRepository dossiers;
    private final ReportRepository reports;
    private final ReportDeadlines deadlines;
    private final NoticeRepository notices;
    private final DistrictReviewRepository schedules;
    private final AssignmentRepository assignments;
    private final ExpertRepository experts;
    private final AccountRepository accounts;
    private final CreditRepository credit;
    private final TransactionTemplate tx;
    private final Clock clock;

    Reminders(@Value("${portal.reminders.days-before:7,1,0}") String daysBefore, NotificationRepository notifications,
              Notifier notifier, CallService calls, DossierRepository dossiers, ReportRepository reports,
              ReportDeadlines deadlines, NoticeRepository notices, DistrictReviewRepository schedules,
              AssignmentRepository assignments, ExpertRepository experts, AccountRepository accounts,
              CreditRepository credit, TransactionTemplate tx, Clock clock) {
        this.steps = new ReminderSteps(Arrays.stream(daysBefore.split(",")).map(String::strip).map(Integer::valueOf).toList());
        this.notifications = notifications;
        this.notifier = notifier;
        this.calls = calls;
        this.dossiers = dossiers;
        this.reports = reports;
        this.deadlines = deadlines;
        this.notices = notices;
        this.schedules = schedules;
        this.assignments = assignments;
        this.experts = experts;
        this.accounts = accounts;
        this.credit = credit;
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
        int[] sent = {0};
        for (Call call : calls.published()) {
            LocalDate closes = call.closesAt().toLocalDate();
            steps.stepOn(today, closes).ifPresent(step -> dossiers.find(EVERYTHING, call.id()).stream()
                    .filter(d -> d.status() == DossierStatus.DRAFT)
                    .forEach(d -> sent[0] += remind(notifier.unit(d.unitId()), NotificationKind.CALL_CLOSING,
                            "CALL:" + call.id() + ":" + d.id() + ":" + step, "dossiers/" + d.id(), call.title(),
                            call.closesAt().toString().replace('T', ' '))));
            schedules.schedule(call.id()).filter(s -> s.reviewBy() != null).ifPresent(s ->
                    steps.stepOn(today, s.reviewBy()).ifPresent(step -> {
                        for (Assignment a : assignments.ofCall(EVERYTHING, call.id())) {
                            if (a.status() == AssignmentStatus.ASSIGNED || a.status() == AssignmentStatus.ACCEPTED) {
                                List<Account> expert = experts.findById(a.expertId()).map(e -> e.accountId())
                                        .flatMap(id -> id == null ? java.util.Optional.empty() : accounts.findById(id))
                                        .map(List::of).orElse(List.of());
                                sent[0] += remind(expert, NotificationKind.REVIEW_DUE, "REVIEW:" + a.id() + ":" + step,
                                        "expert/review/" + a.dossierId(), String.valueOf(s.reviewBy()));
                            }
                        }
                    }));
        }
        for (Dossier d : dossiers.find(EVERYTHING, null)) {
            if (d.status() == DossierStatus.RETURNED && d.revisionDue() != null) {
                steps.stepOn(today, d.revisionDue()).ifPresent(step -> sent[0] += remind(notifier.unit(d.unitId()),
                        NotificationKind.REVISION_DUE, "REVISION:" + d.id() + ":" + d.revisionDue() + ":" + step,
                        "dossiers/" + d.id(), String.valueOf(d.revisionDue())));
            }
        }
        for (ReportRow row : ReportRows.of(reports, deadlines, EVERYTHING, null, today)) {
            boolean submitted = row.report() != null && row.report().submittedAt() != null
                    && row.report().status() == cn.kunming.kjj.carrier.annualreport.ReportStatus.SUBMITTED;
            if (submitted) {
                continue;
            }
            String key = "REPORT:" + row.carrier().id() + ":" + row.year();
            if (row.overdueOn(today)) {
                sent[0] += remind(Notifier.all(notifier.unit(row.carrier().unitId()), notifier.district(row.carrier().tenantId())),
                        NotificationKind.REPORT_OVERDUE, key + ":overdue", "reports", row.carrier().name(), row.year());
            } else {
                steps.stepOn(today, row.dueOn()).ifPresent(step -> sent[0] += remind(notifier.unit(row.carrier().unitId()),
                        NotificationKind.REPORT_DUE, key + ":" + step, "reports", row.carrier().name(), row.year(),
                        String.valueOf(row.dueOn())));
            }
        }
        for (PublicNotice n : notices.findAll()) {
            if (n.status() == NoticeStatus.OPEN) {
                steps.stepOn(today, n.endsOn()).ifPresent(step -> sent[0] += remind(notifier.bureau(),
                        NotificationKind.NOTICE_ENDING, "NOTICE:" + n.id() + ":" + step, "bureau/notices",
                        String.valueOf(n.endsOn())));
            }
        }
        for (CreditAlert alert : credit.alerts(EVERYTHING, true)) {
            sent[0] += remind(notifier.bureau(), NotificationKind.CREDIT_ALERT_OPEN, "CREDIT:" + alert.id(),
                    "bureau/credit-alerts", alert.carrierName());
        }
        return sent[0];
    }

    /** Notifies each person who has not had this step yet; one transaction per person. */
    private int remind(List<Account> to, NotificationKind kind, String key, String link, Object... args) {
        int sent = 0;
        for (Account account : to) {
            Boolean fresh = tx.execute(s -> {
                if (!notifications.remindOnce(kind + ":" + key + ":" + account.id(), LocalDateTime.now(clock))) {
                    return false;
                }
                notifier.notify(List.of(account), kind, link, args);
                return true;
            });
            sent += Boolean.TRUE.equals(fresh) ? 1 : 0;
        }
        return sent;
    }
}
