package cn.kunming.kjj.carrier.annualreport.ui;

import cn.kunming.kjj.carrier.common.ReportId;
import cn.kunming.kjj.carrier.annualreport.AnnualReport;
import cn.kunming.kjj.carrier.annualreport.ReportReviewService;
import cn.kunming.kjj.carrier.expertreview.SubjectType;
import cn.kunming.kjj.carrier.expertreview.ui.SubjectContent;
import com.vaadin.flow.component.Component;

/** A yearly report as its expert reads it (M5.1): each section, the figures and the attached files. */
@org.springframework.stereotype.Component
class ReportReviewContent implements SubjectContent {

    private final ReportReviewService review;

    ReportReviewContent(ReportReviewService review) {
        this.review = review;
    }

    @Override
    public SubjectType type() {
        return SubjectType.ANNUAL_REPORT;
    }

    @Override
    public Component content(long subjectId) {
        ReportId reportId = ReportId.of(subjectId);
        AnnualReport report = review.report(reportId);
        return ReportSections.of(report.content(), review.files(reportId),
                fileId -> review.fileContent(reportId, fileId));
    }
}
