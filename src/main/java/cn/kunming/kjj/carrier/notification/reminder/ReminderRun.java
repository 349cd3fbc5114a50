package cn.kunming.kjj.carrier.notification.reminder;

/** Sends the reminders due today; what the nightly job runs (and what an operator or a test may run by hand). */
public interface ReminderRun {

    int sendDue();
}
