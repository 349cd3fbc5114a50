package cn.kunming.kjj.carrier.annualreport;

import org.jspecify.annotations.Nullable;
import cn.kunming.kjj.carrier.annualreport.repository.ReportRepository;
import cn.kunming.kjj.carrier.common.CarrierId;
import cn.kunming.kjj.carrier.security.TenantScope;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Every report year of every carrier on the list in a scope, with the report when started. */
public final class ReportRows {

    private ReportRows() {
    }

    /** The report years of the carriers in scope, with their reports when started (also for the reminders). */
    public static List<ReportRow> of(ReportRepository reports, ReportDeadlines deadlines, TenantScope scope,
                                       @Nullable Integer year, LocalDate today) {
        Map<String, AnnualReport> started = reports.reports(scope, year).stream()
                .collect(Collectors.toMap(r -> r.carrierId() + ":" + r.year(), r -> r));
        List<ReportRow> rows = new ArrayList<>();
        ReportDeadlines.Reading deadline = deadlines.reading();
        for (ReportableCarrier c : reports.activeCarriers(scope)) {
            for (int y : deadline.reportYears(c.approvedOn(), today)) {
                if (year == null || year == y) {
                    rows.add(new ReportRow(c, y, deadline.dueOn(y), deadline.dueOnIsEstimate(y),
                            started.get(c.id() + ":" + y)));
                }
            }
        }
        // a carrier taken off the list keeps the reports it submitted: history shows every record (no reminder is due)
        java.util.Set<String> listed = rows.stream().map(r -> r.carrier().id() + ":" + r.year())
                .collect(Collectors.toSet());
        started.forEach((key, r) -> {
            if (!listed.contains(key) && r.status() == ReportStatus.SUBMITTED) {
                // off the list: only its report year matters here, so the year stands in for the approval
                rows.add(new ReportRow(new ReportableCarrier(r.carrierId(), r.carrierName(), r.unitId(), r.tenantId(),
                        LocalDate.of(r.year(), 1, 1)), r.year(), r.dueOn(), false, r));
            }
        });
        rows.sort((a, b) -> a.year() != b.year() ? Integer.compare(b.year(), a.year())
                : a.carrier().id().compareTo(b.carrier().id()));
        return rows;
    }

    /**
     * How many of those report years are overdue on the day: the rows of {@link #of} that {@link ReportRow#overdueOn}
     * counts (a carrier off the list has only submitted reports, never an overdue one), from the years with a submitted
     * report rather than from every report and its content. Every officer's navigation counts it for the menu.
     */
    public static long overdue(ReportRepository reports, ReportDeadlines deadlines, TenantScope scope, LocalDate today) {
        Map<CarrierId, Set<Integer>> submitted = reports.submittedYears(scope);
        ReportDeadlines.Reading deadline = deadlines.reading();
        long overdue = 0;
        for (ReportableCarrier c : reports.activeCarriers(scope)) {
            for (int y : deadline.reportYears(c.approvedOn(), today)) {
                if (today.isAfter(deadline.dueOn(y)) && !submitted.getOrDefault(c.id(), Set.of()).contains(y)) {
                    overdue++;
                }
            }
        }
        return overdue;
    }
}
