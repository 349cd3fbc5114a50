package cn.kunming.kjj.carrier.dashboard;

import java.time.LocalDate;

/**
 * Something due in the month shown: what, when, about what ({@code subject}), how many items it concerns, and the
 * record a click opens ({@code targetId}: a report year, a change, a notice or a call, by {@code kind}).
 */
public record Deadline(LocalDate date, Kind kind, String subject, long count, long targetId) {

    public enum Kind {
        REPORT_DUE, CHANGE_FILING_DUE, NOTICE_ENDS, RECOMMEND_BY, REVIEW_BY;

        public String messageKey() {
            return "deadline." + name();
        }
    }
}
