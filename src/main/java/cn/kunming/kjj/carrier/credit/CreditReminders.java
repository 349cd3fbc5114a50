package cn.kunming.kjj.carrier.credit;

import cn.kunming.kjj.carrier.credit.repository.CreditRepository;
import cn.kunming.kjj.carrier.notification.Audience;
import cn.kunming.kjj.carrier.notification.NotificationKind;
import cn.kunming.kjj.carrier.notification.Reminder;
import cn.kunming.kjj.carrier.notification.ReminderSource;
import cn.kunming.kjj.carrier.notification.ReminderSteps;
import cn.kunming.kjj.carrier.security.TenantScope;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.List;

/** A credit alert on a carrier that the bureau has not yet handled (once per alert). */
@Component
class CreditReminders implements ReminderSource {

    private final CreditRepository credit;

    CreditReminders(CreditRepository credit) {
        this.credit = credit;
    }

    @Override
    public List<Reminder> dueOn(LocalDate today, ReminderSteps steps) {
        return credit.alerts(new TenantScope.All(), true).stream()
                .map(alert -> Reminder.of(Audience.bureau(), NotificationKind.CREDIT_ALERT_OPEN, "CREDIT:" + alert.id(),
                        "bureau/credit-alerts", alert.carrierName()))
                .toList();
    }
}
