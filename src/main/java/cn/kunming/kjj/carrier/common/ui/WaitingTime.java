package cn.kunming.kjj.carrier.common.ui;

import com.vaadin.flow.component.Component;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;

/**
 * How long a waiting row has waited and how long is left to its deadline (issue 25, part 6), in calendar days as
 * people count them on a list; a row past its deadline is marked {@value #OVERDUE_PART} for the stylesheet.
 */
public final class WaitingTime {

    /** The grid part name of a row past its deadline (styles/portal.css colours it). */
    public static final String OVERDUE_PART = "overdue";

    private WaitingTime() {
    }

    public static String daysSince(@Nullable LocalDateTime since, LocalDate today) {
        return since == null ? "" : String.valueOf(Math.max(0, ChronoUnit.DAYS.between(since.toLocalDate(), today)));
    }

    public static String timeLeft(Component in, @Nullable LocalDate deadline, LocalDate today) {
        if (deadline == null) {
            return "";
        }
        long days = ChronoUnit.DAYS.between(today, deadline);
        if (days == 0) {
            return in.getTranslation("list.dueToday");
        }
        return days < 0 ? in.getTranslation("list.daysOverdue", -days) : in.getTranslation("list.daysLeft", days);
    }

    public static boolean overdue(@Nullable LocalDate deadline, LocalDate today) {
        return deadline != null && deadline.isBefore(today);
    }
}
