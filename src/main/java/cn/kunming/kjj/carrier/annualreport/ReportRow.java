package cn.kunming.kjj.carrier.annualreport;

import org.jspecify.annotations.Nullable;
import java.time.LocalDate;

/** A year a carrier reports on: its report if one was started, else the year and its deadline only. */
/** @param dueEstimated the due date was reckoned without the holidays of its year (not yet entered) */
public record ReportRow(ReportableCarrier carrier, int year, LocalDate dueOn, boolean dueEstimated,
                        @Nullable AnnualReport report) {

    public boolean overdueOn(LocalDate today) {
        return (report == null || report.status() != ReportStatus.SUBMITTED) && today.isAfter(dueOn);
    }
}
