package cn.kunming.kjj.carrier.annualreport.ui;

import cn.kunming.kjj.carrier.common.ContentStream;
import cn.kunming.kjj.carrier.annualreport.ReportContent;
import cn.kunming.kjj.carrier.annualreport.ReportFile;
import cn.kunming.kjj.carrier.common.ui.Downloads;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import java.util.List;
import java.util.function.LongFunction;

/** A submitted yearly report read-only (M5.1): each section, the figures and the files, each opened by the reader's right. */
final class ReportSections {

    private ReportSections() {
    }

    static VerticalLayout of(ReportContent c, List<ReportFile> files, LongFunction<ContentStream> fileContent) {
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
        files.forEach(f -> panel.add(Downloads.stored(f.fileName(), f.fileName(), "application/octet-stream",
                () -> fileContent.apply(f.id()))));
        return panel;
    }
}
