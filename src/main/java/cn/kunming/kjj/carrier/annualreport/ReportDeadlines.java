package cn.kunming.kjj.carrier.annualreport;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;

/** The report for year Y is due on a configurable day of Y+1 (default 31 March, M5.1). */
@Component
public class ReportDeadlines {

    private final MonthDay due;

    ReportDeadlines(@Value("${portal.reports.due:--03-31}") String due) {
        this.due = MonthDay.parse(due);
    }

    public LocalDate dueOn(int reportYear) {
        return due.atYear(reportYear + 1);
    }

    /** The years a carrier approved on the day reports on, up to this year (its report is due next year). */
    public List<Integer> reportYears(LocalDate approvedOn, LocalDate today) {
        List<Integer> years = new ArrayList<>();
        for (int y = approvedOn.getYear(); y <= today.getYear(); y++) {
            years.add(y);
        }
        return years;
    }

    /** Whether the report for the year is late on the day: only from the day after the deadline (M5.3(1)). */
    public boolean lateOn(int reportYear, LocalDate today) {
        return today.isAfter(dueOn(reportYear));
    }
}
