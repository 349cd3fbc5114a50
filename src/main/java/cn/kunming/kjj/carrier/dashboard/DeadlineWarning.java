package cn.kunming.kjj.carrier.dashboard;

import cn.kunming.kjj.carrier.common.CallId;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;

/**
 * A call's date that the reader should act on (issue 25, part 6): the recommendation or review deadline within a few
 * working days or passed while dossiers still wait, or no such date set while they wait.
 *
 * @param date            the deadline; null when none is set
 * @param workingDaysLeft working days after today up to the deadline (0 on the day itself, negative once passed)
 * @param waiting         the dossiers of the call in the reader's scope that the deadline is about
 */
public record DeadlineWarning(CallId callId, String callTitle, Kind kind, @Nullable LocalDate date, int workingDaysLeft,
                              long waiting) {

    public enum Kind {
        RECOMMEND_BY, REVIEW_BY, NO_RECOMMEND_BY, NO_REVIEW_BY
    }

    public boolean overdue() {
        return date != null && workingDaysLeft < 0;
    }

    public String messageKey() {
        return "deadlineWarning." + (overdue() ? kind.name() + "_PASSED" : kind.name());
    }
}
