package cn.kunming.kjj.carrier.annualreport;

import cn.kunming.kjj.carrier.common.ReportId;
import cn.kunming.kjj.carrier.annualreport.repository.ReportRepository;
import cn.kunming.kjj.carrier.carrier.Carrier;
import cn.kunming.kjj.carrier.carrier.Carriers;
import cn.kunming.kjj.carrier.expertreview.ReviewSubject;
import cn.kunming.kjj.carrier.expertreview.Subject;
import cn.kunming.kjj.carrier.expertreview.SubjectSource;
import cn.kunming.kjj.carrier.expertreview.SubjectType;
import cn.kunming.kjj.carrier.security.TenantScope;
import org.springframework.stereotype.Component;

import java.util.Optional;

/** Yearly reports as subjects of expert evaluation (M5.1), scored on the sheet of their carrier's kind. */
@Component
class ReportSubjects implements SubjectSource {

    /** The engine asks only for a report an assignment names, or one an officer already found in scope. */
    private static final TenantScope THROUGH_ASSIGNMENT = new TenantScope.All();

    private final ReportRepository reports;
    private final Carriers carriers;

    ReportSubjects(ReportRepository reports, Carriers carriers) {
        this.reports = reports;
        this.carriers = carriers;
    }

    @Override
    public SubjectType type() {
        return SubjectType.ANNUAL_REPORT;
    }

    @Override
    public Optional<ReviewSubject> find(long id) {
        return reports.report(THROUGH_ASSIGNMENT, ReportId.of(id)).flatMap(this::of);
    }

    Optional<ReviewSubject> of(AnnualReport report) {
        return carriers.findById(THROUGH_ASSIGNMENT, report.carrierId()).map((Carrier c) -> new ReviewSubject(
                Subject.report(report.id()), report.tenantId(), report.unitId(), c.kind(), c.unitName(),
                report.carrierName(), report.year()));
    }
}
