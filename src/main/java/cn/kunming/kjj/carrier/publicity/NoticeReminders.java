package cn.kunming.kjj.carrier.publicity;

import cn.kunming.kjj.carrier.notification.Audience;
import cn.kunming.kjj.carrier.notification.NotificationKind;
import cn.kunming.kjj.carrier.notification.Reminder;
import cn.kunming.kjj.carrier.notification.ReminderSource;
import cn.kunming.kjj.carrier.notification.ReminderSteps;
import cn.kunming.kjj.carrier.publicity.repository.NoticeRepository;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** An open public notice ending (the bureau closes it, P4.5). */
@Component
class NoticeReminders implements ReminderSource {

    private final NoticeRepository notices;

    NoticeReminders(NoticeRepository notices) {
        this.notices = notices;
    }

    @Override
    public List<Reminder> dueOn(LocalDate today, ReminderSteps steps) {
        List<Reminder> due = new ArrayList<>();
        for (PublicNotice n : notices.findAll()) {
            if (n.status() == NoticeStatus.OPEN) {
                steps.stepOn(today, n.endsOn()).ifPresent(step -> due.add(Reminder.of(Audience.bureau(),
                        NotificationKind.NOTICE_ENDING, "NOTICE:" + n.id() + ":" + step, "bureau/notices", n.endsOn())));
            }
        }
        return due;
    }
}
