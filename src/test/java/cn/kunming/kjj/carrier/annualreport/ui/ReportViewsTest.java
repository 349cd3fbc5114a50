package cn.kunming.kjj.carrier.annualreport.ui;

import cn.kunming.kjj.carrier.common.AccountId;
import cn.kunming.kjj.carrier.common.CarrierId;
import cn.kunming.kjj.carrier.annualreport.ReportRow;
import cn.kunming.kjj.carrier.annualreport.ReportStatus;
import cn.kunming.kjj.carrier.carrier.CarrierService;
import cn.kunming.kjj.carrier.common.ui.NothingHereView;
import cn.kunming.kjj.carrier.publicity.PublicNoticeService;
import cn.kunming.kjj.carrier.review.ReviewScenario;
import cn.kunming.kjj.carrier.security.PortalUser;
import cn.kunming.kjj.carrier.security.Role;
import cn.kunming.kjj.carrier.support.KaribuTest;
import cn.kunming.kjj.carrier.support.MovableClock;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class ReportViewsTest extends KaribuTest {

    @Autowired
    ReviewScenario scenario;
    @Autowired
    PublicNoticeService notices;
    @Autowired
    CarrierService carriers;
    @Autowired
    MovableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private void switchTo(PortalUser user) {
        logout();
        MockVaadin.tearDown();
        setUpVaadinAgain();
        login(user.role(), user.tenantId() == null ? null : user.tenantId().value(), user.unitId(), user.accountId());
    }

    private static ReportRow rowOf(ReportsView view, CarrierId carrier, int year) {
        return IntStream.range(0, GridKt._size(view.grid)).mapToObj(i -> GridKt._get(view.grid, i))
                .filter(r -> r.carrier().id().equals(carrier) && r.year() == year).findFirst().orElseThrow();
    }

    /** A carrier approved on 2026-03-02, whose applicant is signed in on the given day. */
    private CarrierId carrierOnDay(LocalDate day) {
        clock.set(LocalDate.of(2026, 3, 2).atTime(10, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant());
        CarrierId carrier = scenario.approvedCarrier(scenario.openCall(), ReviewScenario.DISTRICT, clock, notices, carriers);
        clock.set(day.atTime(10, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant());
        switchTo(scenario.lastApplicant);
        return carrier;
    }

    private ReportView openReport(CarrierId carrier, int year) {
        ReportsView list = (ReportsView) navigate("reports");
        list.open(rowOf(list, carrier, year));
        return (ReportView) com.vaadin.flow.component.UI.getCurrent().getCurrentView();
    }

    @Test
    void theYearlyReportSavesItselfAsItIsTypedAndAttachingAFileKeepsWhatWasTyped() {
        CarrierId carrier = carrierOnDay(LocalDate.of(2027, 2, 1));
        PortalUser applicant = scenario.lastApplicant;
        ReportView report = openReport(carrier, 2026);
        int before = revision(report);

        report.basicConditions.setValue("场地 1200 平方米");
        assertThat(revision(report)).isGreaterThan(before);
        assertThat(report.savedAt.getText()).startsWith("已自动保存于");

        report.talentTeam.setValue("运营团队 12 人");
        report.attach(cn.kunming.kjj.carrier.support.SampleFiles.upload("财务报表.pdf", cn.kunming.kjj.carrier.support.SampleFiles.pdf()));
        assertThat(report.talentTeam.getValue()).isEqualTo("运营团队 12 人");
        assertThat(report.basicConditions.getValue()).isEqualTo("场地 1200 平方米");
        assertThat(com.github.mvysny.kaributesting.v10.LocatorJ._find(com.vaadin.flow.component.html.Anchor.class))
                .anySatisfy(a -> assertThat(a.getText()).contains("财务报表.pdf"));

        // another session (a reload, a closed tab) finds what was typed
        switchTo(applicant);
        report = openReport(carrier, 2026);
        assertThat(report.basicConditions.getValue()).isEqualTo("场地 1200 平方米");
        assertThat(report.talentTeam.getValue()).isEqualTo("运营团队 12 人");
        assertThat(report.savedAt.getText()).startsWith("上次保存于");
    }

    private static int revision(ReportView report) {
        return Integer.parseInt(report.savedAt.getElement().getAttribute("data-saved-revision"));
    }

    @Test
    void theUnitFilesItsLateReportTheDistrictSeesItAndReturnsItAndAnotherDistrictCannotOpenIt() {
        CarrierId carrier = carrierOnDay(LocalDate.of(2027, 4, 1));
        PortalUser applicant = scenario.lastApplicant;
        ReportsView list = (ReportsView) navigate("reports");
        ReportRow row = rowOf(list, carrier, 2026);
        assertThat(row.overdueOn(LocalDate.of(2027, 4, 1))).isTrue();
        list.open(row);
        ReportView report = (ReportView) com.vaadin.flow.component.UI.getCurrent().getCurrentView();
        report.basicConditions.setValue("基本情况");
        report.save(true);
        assertThat(report.content().talentTeam()).isEmpty();
        for (var area : new com.vaadin.flow.component.textfield.TextArea[]{report.talentTeam, report.serviceProjects,
                report.results, report.successCases, report.financialStatus, report.problems}) {
            area.setValue("已填写");
        }
        report.revenue.setValue(new BigDecimal("88"));
        report.projects.setValue(6);
        report.incubated.setValue(1);
        report.financing.setValue(new BigDecimal("0"));
        report.save(true);

        switchTo(new PortalUser(AccountId.of(-1), "d", "d", Role.DISTRICT_OFFICER, applicant.tenantId(), null));
        ReportsView district = (ReportsView) navigate("reports");
        ReportRow filed = rowOf(district, carrier, 2026);
        assertThat(filed.report().status()).isEqualTo(ReportStatus.SUBMITTED);
        assertThat(filed.overdueOn(LocalDate.of(2027, 4, 1))).isFalse();
        ReportView read = (ReportView) navigate("reports/" + filed.report().id());
        assertThat(read.basicConditions.isReadOnly()).isTrue();
        var dialog = read.returnDialog();
        dialog.confirm();
        assertThat(dialog.isOpened()).as("no reason, no return").isTrue();
        com.github.mvysny.kaributesting.v10.LocatorJ._get(com.vaadin.flow.component.textfield.TextArea.class,
                spec -> spec.withLabel("退回原因")).setValue("财务状况缺少审计数据");
        dialog.confirm();
        assertThat(rowOf((ReportsView) navigate("reports"), carrier, 2026).report().status())
                .isEqualTo(ReportStatus.RETURNED);

        switchTo(new PortalUser(AccountId.of(-1), "d2", "d2", Role.DISTRICT_OFFICER, new cn.kunming.kjj.carrier.common.TenantId("530103"), null));
        assertThat(navigate("reports/" + filed.report().id())).isInstanceOf(NothingHereView.class);
        assertThat(navigate("carriers/" + carrier)).isInstanceOf(NothingHereView.class);
    }
}
