package cn.kunming.kjj.carrier.notification;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * Which reminder step a deadline is at (pure): with steps such as 7, 1 and 0 days before, the smallest step not
 * smaller than the days left. A job that missed a day still sends the step it is at, and never several at once.
 */
public record ReminderSteps(List<Integer> daysBefore) {

    public ReminderSteps {
        daysBefore = daysBefore.stream().sorted().toList();
    }

    public Optional<Integer> stepOn(LocalDate today, LocalDate deadline) {
        long left = ChronoUnit.DAYS.between(today, deadline);
        if (left < 0) {
            return Optional.empty();
        }
        return daysBefore.stream().filter(s -> s >= left).findFirst();
    }
}
