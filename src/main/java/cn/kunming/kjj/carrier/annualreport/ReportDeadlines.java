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
import java.util.function.IntFunction;

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
        return reportYears(approvedOn, today, expiry(), this::dueOn);
    }

    private java.util.Optional<LocalDate> expiry() {
        return afterExpiry == ObligationsAfterExpiry.END ? measures.expiresOn() : java.util.Optional.empty();
    }

    private static List<Integer> reportYears(LocalDate approvedOn, LocalDate today, java.util.Optional<LocalDate> expiry,
                                             IntFunction<LocalDate> dueOn) {
        List<Integer> years = new ArrayList<>();
        for (int y = approvedOn.getYear(); y <= today.getYear(); y++) {
            int year = y;
            if (expiry.filter(end -> dueOn.apply(year).isAfter(end)).isPresent()) {
                break;
            }
            years.add(y);
        }
        return years;
    }

    /**
     * The deadlines for one reading of many report years (a list, the inbox's count, the reminders): each year's due
     * date and the measures' expiry are reckoned once for all its rows. Reckoned per row, every row read the rule sets
     * twice: a district officer's navigation, whose menu counts the overdue reports, sent about a thousand statements
     * (decision 0041).
     */
    public Reading reading() {
        return new Reading();
    }

    /** See {@link #reading()}; for one request, not to be kept. */
    public final class Reading {

        private final java.util.Map<Integer, LocalDate> due = new java.util.HashMap<>();
        private final java.util.Optional<LocalDate> expiry = expiry();

        private Reading() {
        }

        public LocalDate dueOn(int reportYear) {
            return due.computeIfAbsent(reportYear, ReportDeadlines.this::dueOn);
        }

        public boolean dueOnIsEstimate(int reportYear) {
            return ReportDeadlines.this.dueOnIsEstimate(reportYear);
        }

        public List<Integer> reportYears(LocalDate approvedOn, LocalDate today) {
            return ReportDeadlines.reportYears(approvedOn, today, expiry, this::dueOn);
        }
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
