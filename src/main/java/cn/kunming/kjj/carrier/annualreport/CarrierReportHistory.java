package cn.kunming.kjj.carrier.annualreport;

import cn.kunming.kjj.carrier.common.CarrierId;
import cn.kunming.kjj.carrier.annualreport.repository.ReportRepository;
import cn.kunming.kjj.carrier.carrier.ReportHistory;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Tells disqualification what a carrier reported and how it was evaluated. */
@Component
class CarrierReportHistory implements ReportHistory {

    private final ReportRepository reports;
    private final ReportDeadlines deadlines;

    CarrierReportHistory(ReportRepository reports, ReportDeadlines deadlines) {
        this.reports = reports;
        this.deadlines = deadlines;
    }

    @Override
    public List<Integer> reportYears(LocalDate approvedOn, LocalDate today) {
        return deadlines.reportYears(approvedOn, today);
    }

    @Override
    public LocalDate dueOn(int reportYear) {
        return deadlines.dueOn(reportYear);
    }

    @Override
    public Set<Integer> submittedYears(CarrierId carrierId) {
        return new HashSet<>(reports.submittedYears(carrierId));
    }

    @Override
    public Map<Integer, Boolean> failedByYear(CarrierId carrierId) {
        return reports.evaluations(carrierId).stream()
                .collect(Collectors.toMap(YearlyEvaluation::year, e -> e.result() == EvaluationResult.FAIL));
    }
}
