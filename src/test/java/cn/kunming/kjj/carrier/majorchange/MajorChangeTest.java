package cn.kunming.kjj.carrier.majorchange;

import cn.kunming.kjj.carrier.common.CarrierId;
import cn.kunming.kjj.carrier.carrier.CarrierManagementService;
import cn.kunming.kjj.carrier.carrier.CarrierService;
import cn.kunming.kjj.carrier.carrier.CarrierStatus;
import cn.kunming.kjj.carrier.eligibility.Facts;
import cn.kunming.kjj.carrier.publicity.PublicNoticeService;
import cn.kunming.kjj.carrier.review.ReviewScenario;
import cn.kunming.kjj.carrier.security.PortalUser;
import cn.kunming.kjj.carrier.security.Role;
import cn.kunming.kjj.carrier.support.As;
import cn.kunming.kjj.carrier.support.MovableClock;
import cn.kunming.kjj.carrier.support.PortalSpringTest;
import cn.kunming.kjj.carrier.tenant.HostUnitService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static cn.kunming.kjj.carrier.review.ReviewScenario.DISTRICT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@PortalSpringTest
@Transactional
class MajorChangeTest {

    @Autowired
    MajorChangeService changes;
    @Autowired
    CarrierManagementService management;
    @Autowired
    ReviewScenario scenario;
    @Autowired
    PublicNoticeService notices;
    @Autowired
    CarrierService carriers;
    @Autowired
    HostUnitService units;
    @Autowired
    MovableClock clock;
    @Autowired
    JdbcTemplate jdbc;

    private CarrierId carrier;
    private PortalUser applicant;

    private void on(LocalDate day) {
        clock.set(day.atTime(10, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant());
    }

    @BeforeEach
    void aCarrier() {
        on(LocalDate.of(2026, 3, 2));
        carrier = scenario.approvedCarrier(scenario.openCall(), DISTRICT, clock, notices, carriers);
        applicant = scenario.lastApplicant;
    }

    @AfterEach
    void reset() {
        As.signOut();
        clock.reset();
    }

    @Test
    void threeMonthsEndOnTheSameDayOrTheMonthsLastAndMoveOffHolidays() {
        assertThat(changes.deadline(LocalDate.of(2026, 1, 31))).isEqualTo(new ChangeDeadline(LocalDate.of(2026, 4, 30), false));
        assertThat(changes.deadline(LocalDate.of(2025, 11, 30))).isEqualTo(new ChangeDeadline(LocalDate.of(2026, 2, 28), false));
        assertThat(changes.deadline(LocalDate.of(2028, 8, 31))).isEqualTo(new ChangeDeadline(LocalDate.of(2028, 11, 30), true));
        assertThat(changes.deadline(LocalDate.of(2026, 2, 1)).dueOn()).isEqualTo(LocalDate.of(2026, 5, 6));
    }

    private long file(LocalDate changedOn, Facts facts, String newName) {
        As.signIn(applicant);
        return changes.file(new ChangeDraft(carrier, ChangeType.REORGANISATION, changedOn, "重组为集团子公司", facts,
                newName, null, null));
    }

    @Test
    void aLateFilingIsAcceptedAndMarkedWithItsDays() {
        on(LocalDate.of(2026, 9, 3));
        long id = file(LocalDate.of(2026, 6, 1), null, null);
        MajorChange c = changes.change(id);
        assertThat(c.dueOn()).isEqualTo(LocalDate.of(2026, 9, 1));
        assertThat(c.daysLate()).isEqualTo(2);
        assertThatThrownBy(() -> file(LocalDate.of(2026, 9, 4), null, null)).hasMessage("change.dateInvalid");
    }

    @Test
    void theExportHasTheFilingsOfTheListWithDateAndNumberCells() throws Exception {
        on(LocalDate.of(2026, 9, 3));
        long id = file(LocalDate.of(2026, 6, 1), null, null);
        As.role(Role.DISTRICT_OFFICER, DISTRICT);
        List<MajorChange> listed = changes.changes();
        try (var book = org.apache.poi.ss.usermodel.WorkbookFactory.create(new java.io.ByteArrayInputStream(changes.export()))) {
            var sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("载体");
            assertThat(sheet.getLastRowNum()).isEqualTo(listed.size());
            int row = listed.indexOf(changes.change(id)) + 1;
            assertThat(sheet.getRow(row).getCell(3).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2026, 9, 1));
            assertThat(sheet.getRow(row).getCell(5).getNumericCellValue()).isEqualTo(2.0);
            assertThat(sheet.getRow(row).getCell(6).getStringCellValue()).isEqualTo("待区县意见");
        }
        String carrierName = changes.change(id).carrierName();
        As.role(Role.DISTRICT_OFFICER, "530103");
        try (var book = org.apache.poi.ss.usermodel.WorkbookFactory.create(new java.io.ByteArrayInputStream(changes.export()))) {
            for (int r = 1; r <= book.getSheetAt(0).getLastRowNum(); r++) {
                assertThat(book.getSheetAt(0).getRow(r).getCell(0).getStringCellValue()).isNotEqualTo(carrierName);
            }
        }
    }

    @Test
    void factsThatStillMeetTheConditionsLeaveTheCarrierAndApplyTheNewNameWithHistory() {
        on(LocalDate.of(2026, 7, 1));
        As.signIn(applicant);
        Facts approved = changes.approvedFacts(carrier);
        long id = file(LocalDate.of(2026, 6, 20), approved, "新名称研究院");
        As.role(Role.BUREAU_OFFICER, "KMKJJ");
        assertThatThrownBy(() -> changes.decide(id, "同意")).hasMessage("change.districtFirst");
        As.role(Role.DISTRICT_OFFICER, DISTRICT);
        changes.districtOpinion(id, "情况属实");
        As.role(Role.BUREAU_OFFICER, "KMKJJ");
        assertThat(changes.decide(id, "仍符合条件")).isEqualTo(ChangeDecision.UNCHANGED);
        assertThat(management.file(carrier).carrier().status()).isEqualTo(CarrierStatus.CULTIVATING);
        assertThat(units.find(changes.change(id).unitId()).orElseThrow().name()).isEqualTo("新名称研究院");
        assertThat(jdbc.queryForObject("select count(*) from host_unit_history where unit_id = ? and field = 'name'",
                Integer.class, changes.change(id).unitId())).isEqualTo(1);
    }

    @Test
    void factsThatNoLongerMeetTheConditionsCancelTheCarrierFromTheFirstOfJanuary() {
        on(LocalDate.of(2026, 7, 1));
        As.signIn(applicant);
        Facts approved = changes.approvedFacts(carrier);
        Facts shrunk = new Facts(approved.kind(), approved.name(), null, approved.hostType(), approved.independentLegalPerson(),
                approved.registeredInKunming(), approved.siteAreaSqm(), 1, approved.headExperienced(), approved.advisors(),
                approved.techBrokers(), approved.reserveProjects(), approved.servicesInLastTwoYears(),
                approved.seriousDishonestyListed(), approved.majorIncidentInLastYear(), approved.poc(), approved.pilot());
        long id = file(LocalDate.of(2026, 6, 20), shrunk, null);
        As.role(Role.DISTRICT_OFFICER, DISTRICT);
        assertThat(changes.evaluation(id).eligible()).isFalse();
        changes.districtOpinion(id, "团队人数不足");
        As.role(Role.BUREAU_OFFICER, "KMKJJ");
        assertThat(changes.decide(id, "不再符合第二条")).isEqualTo(ChangeDecision.CANCELLED);
        var file = management.file(carrier);
        assertThat(file.carrier().status()).isEqualTo(CarrierStatus.CANCELLED);
        assertThat(file.carrier().statusSince()).isEqualTo(LocalDate.of(2026, 1, 1));
    }
}
