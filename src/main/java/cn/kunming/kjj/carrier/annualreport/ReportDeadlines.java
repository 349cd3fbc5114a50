package cn.kunming.kjj.carrier.annualreport;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import cn.kunming.kjj.carrier.eligibility.MeasuresValidity;
import cn.kunming.kjj.carrier.eligibility.Threshold;
import cn.kunming.kjj.carrier.calendar.CalendarChanged;
import cn.kunming.kjj.carrier.calendar.CalendarService;
import cn.kunming.kjj.carrier.calendar.WorkingCalendar;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;

/**
 * The report for year Y is due on the day of Y+1 the rule set names (31 March in the measures, M5.1; A8.1); a deadline on a rest day moves
 * to the next working day, as the change deadline does (G6.1), and is an estimate while Y+1's calendar is not entered.
 * The calendar is read once and kept for a few minutes (every list row asks), and dropped when a year is entered.
 */
@Component
public class ReportDeadlines {

    private static final Duration KEPT = Duration.ofMinutes(5);

    private final MeasuresValidity measures;
    private final ObligationsAfterExpiry afterExpiry;
    private final CalendarService calendars;
    private volatile @Nullable Snapshot snapshot;

    private record Snapshot(WorkingCalendar calendar, Instant readAt) {
    }

    ReportDeadlines(MeasuresValidity measures, CalendarService calendars,
                    @Value("${portal.measures.after-expiry:CONTINUE}") ObligationsAfterExpiry afterExpiry) {
        this.afterExpiry = afterExpiry;
        this.measures = measures;
        this.calendars = calendars;
    }

    public LocalDate dueOn(int reportYear) {
        LocalDate yearOfFiling = LocalDate.of(reportYear + 1, 1, 1);
        MonthDay due = MonthDay.of(measures.figure(Threshold.REPORT_DUE_MONTH, yearOfFiling).intValueExact(),
                measures.figure(Threshold.REPORT_DUE_DAY, yearOfFiling).intValueExact());
        return calendar().onOrNextWorkingDay(due.atYear(reportYear + 1));
    }

    /** Whether the due date is reckoned on weekends alone, the year's holidays not yet entered. */
    public boolean dueOnIsEstimate(int reportYear) {
        return !calendar().isKnown(reportYear + 1);
    }

    /**
     * The years a carrier approved on the day reports on, up to this year (its report is due next year). With the
     * setting {@code END}, no year whose report would fall due after the measures expire (decision 0025).
     */
    public List<Integer> reportYears(LocalDate approvedOn, LocalDate today) {
        java.util.Optional<LocalDate> expiry = afterExpiry == ObligationsAfterExpiry.END ? measures.expiresOn()
                : java.util.Optional.empty();
        List<Integer> years = new ArrayList<>();
        for (int y = approvedOn.getYear(); y <= today.getYear(); y++) {
            int year = y;
            if (expiry.filter(end -> dueOn(year).isAfter(end)).isPresent()) {
                break;
            }
            years.add(y);
        }
        return years;
    }

    /** Whether the report for the year is late on the day: only from the day after the deadline (M5.3(1)). */
    public boolean lateOn(int reportYear, LocalDate today) {
        return today.isAfter(dueOn(reportYear));
    }

    @EventListener
    void on(CalendarChanged changed) {
        snapshot = null;
    }

    /** Again once the change committed or rolled back: a calendar read in between may hold what was never kept. */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMPLETION, fallbackExecution = true)
    void afterCompletion(CalendarChanged changed) {
        snapshot = null;
    }

    private WorkingCalendar calendar() {
        Snapshot s = snapshot;
        Instant now = Instant.now();
        if (s == null || s.readAt().plus(KEPT).isBefore(now)) {
            s = new Snapshot(calendars.calendar(), now);
            snapshot = s;
        }
        return s.calendar();
    }
}
