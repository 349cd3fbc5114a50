package cn.kunming.kjj.carrier.annualreport;

import cn.kunming.kjj.carrier.annualreport.repository.ReportRepository;
import cn.kunming.kjj.carrier.notification.Audience;
import cn.kunming.kjj.carrier.notification.NotificationKind;
import cn.kunming.kjj.carrier.notification.Reminder;
import cn.kunming.kjj.carrier.notification.ReminderSource;
import cn.kunming.kjj.carrier.notification.ReminderSteps;
import cn.kunming.kjj.carrier.security.TenantScope;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A yearly report falling due (M5.1), then overdue (to the unit and its district, M5.3(1)). */
@Component
class ReportReminders implements ReminderSource {

    private final ReportRepository reports;
    private final ReportDeadlines deadlines;

    ReportReminders(ReportRepository reports, ReportDeadlines deadlines) {
        this.reports = reports;
        this.deadlines = deadlines;
    }

    @Override
    public List<Reminder> dueOn(LocalDate today, ReminderSteps steps) {
        List<Reminder> due = new ArrayList<>();
        for (ReportRow row : ReportRows.of(reports, deadlines, new TenantScope.All(), null, today)) {
            boolean submitted = row.report() != null && row.report().submittedAt() != null
                    && row.report().status() == ReportStatus.SUBMITTED;
            if (submitted) {
                continue;
            }
            String key = "REPORT:" + row.carrier().id() + ":" + row.year();
            if (row.overdueOn(today)) {
                due.add(Reminder.of(Audience.together(Audience.unit(row.carrier().unitId()),
                                Audience.district(row.carrier().tenantId())), NotificationKind.REPORT_OVERDUE,
                        key + ":overdue", "reports", row.carrier().name(), row.year()));
            } else {
                steps.stepOn(today, row.dueOn()).ifPresent(step -> due.add(Reminder.of(
                        Audience.unit(row.carrier().unitId()), NotificationKind.REPORT_DUE, key + ":" + step, "reports",
                        row.carrier().name(), row.year(), row.dueOn())));
            }
        }
        return due;
    }
}
