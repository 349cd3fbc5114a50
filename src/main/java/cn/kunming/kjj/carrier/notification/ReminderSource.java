package cn.kunming.kjj.carrier.notification;

import java.time.LocalDate;
import java.util.List;

/**
 * A feature's deadlines, asked by the daily reminder job: each feature reads its own records and says what is due,
 * so the job reaches into no feature. Called outside any transaction.
 */
public interface ReminderSource {

    List<Reminder> dueOn(LocalDate today, ReminderSteps steps);
}
