package cn.kunming.kjj.carrier.annualreport.ui;

import cn.kunming.kjj.carrier.common.ReportId;
import cn.kunming.kjj.carrier.annualreport.AnnualReport;
import cn.kunming.kjj.carrier.annualreport.ReportContent;
import cn.kunming.kjj.carrier.annualreport.ReportReviewService;
import cn.kunming.kjj.carrier.common.ui.Downloads;
import cn.kunming.kjj.carrier.expertreview.SubjectType;
import cn.kunming.kjj.carrier.expertreview.ui.SubjectContent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

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
        ReportContent c = report.content();
        VerticalLayout panel = new VerticalLayout();
        panel.setPadding(false);
        String[][] sections = {{"report.basicConditions", c.basicConditions()}, {"report.talentTeam", c.talentTeam()},
                {"report.serviceProjects", c.serviceProjects()}, {"report.results", c.results()},
                {"report.successCases", c.successCases()}, {"report.financialStatus", c.financialStatus()},
                {"report.problems", c.problems()}};
        for (String[] s : sections) {
            panel.add(new H4(panel.getTranslation(s[0])), new Paragraph(s[1]));
        }
        panel.add(new Paragraph(panel.getTranslation("report.serviceRevenueWan") + "：" + c.serviceRevenueWan() + " · "
                + panel.getTranslation("report.projectsServed") + "：" + c.projectsServed() + " · "
                + panel.getTranslation("report.enterprisesIncubated") + "：" + c.enterprisesIncubated() + " · "
                + panel.getTranslation("report.financingRaisedWan") + "：" + c.financingRaisedWan()));
        review.files(reportId).forEach(f -> panel.add(Downloads.preview(f.fileName(), f.fileName(),
                "application/octet-stream", () -> review.fileContent(reportId, f.id()))));
        return panel;
    }
}
