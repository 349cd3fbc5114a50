package cn.kunming.kjj.carrier.dashboard.ui;

import cn.kunming.kjj.carrier.carrier.CarrierService;
import cn.kunming.kjj.carrier.publicity.PublicNoticeService;
import cn.kunming.kjj.carrier.review.ReviewScenario;
import cn.kunming.kjj.carrier.security.PortalUser;
import cn.kunming.kjj.carrier.support.KaribuTest;
import cn.kunming.kjj.carrier.support.MovableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

/** A carrier's unit finds at home its carrier, its status and the yearly report it owes, due and then late (M5.1). */
class ApplicantHomeTest extends KaribuTest {

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

    private ApplicantHomeView homeOn(PortalUser applicant, LocalDate day) {
        clock.set(day.atTime(9, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant());
        logout();
        com.github.mvysny.kaributesting.v10.MockVaadin.tearDown();
        setUpVaadinAgain();
        login(applicant.role(), applicant.tenantId().value(), applicant.unitId(), applicant.accountId());
        return (ApplicantHomeView) navigate("applicant");
    }

    @Test
    void theUnitSeesItsCarrierAndTheReportItOwesDueAndThenLate() {
        clock.set(LocalDate.of(2026, 3, 2).atTime(10, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant());
        scenario.approvedCarrier(scenario.openCall(), ReviewScenario.DISTRICT, clock, notices, carriers);
        PortalUser applicant = scenario.lastApplicant;

        ApplicantHomeView home = homeOn(applicant, LocalDate.of(2027, 3, 31));
        assertThat(home.carrierList.getElement().getTextRecursively()).contains("培育中");
        assertThat(home.todo.getElement().getTextRecursively()).contains("2026 年度报告须于 2027-03-31 前报送", "M5.1");

        home = homeOn(applicant, LocalDate.of(2027, 4, 1));
        assertThat(home.todo.getElement().getTextRecursively()).contains("2026 年度报告已逾期", "2027-03-31");
    }
}
