package cn.kunming.kjj.carrier.publicity;

import cn.kunming.kjj.carrier.common.NoticeId;
import cn.kunming.kjj.carrier.common.CallId;
import cn.kunming.kjj.carrier.carrier.CarrierFilter;
import cn.kunming.kjj.carrier.carrier.CarrierService;
import cn.kunming.kjj.carrier.credit.CreditService;
import cn.kunming.kjj.carrier.dossier.DossierService;
import cn.kunming.kjj.carrier.dossier.DossierStatus;
import cn.kunming.kjj.carrier.review.ReviewScenario;
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

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;

import static cn.kunming.kjj.carrier.review.ReviewScenario.DISTRICT;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The case run against the measures (issue 23): a unit deregistered on 2026-03-03 while its dossier was in public
 * notice from 2026-03-02 to 03-06. It never becomes a carrier (G6.3), nor does a unit listed as seriously dishonest on
 * the closing day (C2.5/C3.6); the other entries of the notice are approved after it (P4.5).
 */
@PortalSpringTest
@Transactional
class NoticeClosingRecheckTest {

    private static final LocalDate NOTICE_STARTS = LocalDate.of(2026, 3, 2);
    private static final LocalDate NOTICE_ENDS = LocalDate.of(2026, 3, 6);

    @Autowired
    ReviewScenario scenario;
    @Autowired
    PublicNoticeService notices;
    @Autowired
    CarrierService carriers;
    @Autowired
    DossierService dossiers;
    @Autowired
    HostUnitService units;
    @Autowired
    CreditService credit;
    @Autowired
    cn.kunming.kjj.carrier.termination.RegistrationService registrations;
    @Autowired
    MovableClock clock;
    @Autowired
    JdbcTemplate jdbc;

    private ReviewScenario.Submitted deregistering;
    private ReviewScenario.Submitted clean;
    private NoticeId notice;

    @BeforeEach
    void twoDossiersInANoticeFromMarchTheSecondToTheSixth() {
        at(NOTICE_STARTS, 10);
        CallId call = scenario.openCall();
        deregistering = scenario.proposed(call, DISTRICT);
        clean = scenario.proposed(call, "530103");
        As.role(Role.BUREAU_OFFICER, "KMKJJ");
        assertThat(notices.period(NOTICE_STARTS).defaultEnd()).isEqualTo(NOTICE_ENDS);
        notice = notices.publish(call, NOTICE_STARTS, NOTICE_ENDS, "0871-1");
    }

    @AfterEach
    void reset() {
        As.signOut();
        clock.reset();
    }

    @Test
    void aUnitDeregisteredDuringTheNoticeIsWithdrawnByTheNextRunMarkedOnTheNoticeAndNeverApproved() {
        at(LocalDate.of(2026, 3, 4), 8);
        deregister(deregistering, "2026-03-03");
        assertThat(registrations.runNow()).isEqualTo(1);

        assertThat(status(deregistering)).isEqualTo(DossierStatus.WITHDRAWN);
        As.role(Role.BUREAU_OFFICER, "KMKJJ");
        NoticeEntry entry = entryOf(deregistering);
        assertThat(entry.removedOn()).isEqualTo(LocalDate.of(2026, 3, 4));
        assertThat(entry.removedReason()).contains("2026-03-03", "G6.3");

        closeOn(LocalDate.of(2026, 3, 9));
        assertThat(status(deregistering)).isEqualTo(DossierStatus.WITHDRAWN);
        assertThat(status(clean)).isEqualTo(DossierStatus.APPROVED);
        assertThat(carrierOf(deregistering)).isZero();
        assertThat(carrierOf(clean)).isEqualTo(1);
    }

    @Test
    void closingTheNoticeWithdrawsAnEntryWhoseUnitWasDeregisteredBeforeAnyTerminationRan() {
        at(LocalDate.of(2026, 3, 4), 8);
        deregister(deregistering, "2026-03-03");

        closeOn(LocalDate.of(2026, 3, 9));
        assertThat(status(deregistering)).isEqualTo(DossierStatus.WITHDRAWN);
        assertThat(carrierOf(deregistering)).isZero();
        assertThat(carrierOf(clean)).isEqualTo(1);
        As.role(Role.BUREAU_OFFICER, "KMKJJ");
        assertThat(entryOf(deregistering).removedOn()).isEqualTo(LocalDate.of(2026, 3, 9));
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'DOSSIER_WITHDRAWN' "
                + "and entity_id = ? and rule_id = 'G6.3'", Integer.class, String.valueOf(deregistering.dossierId())))
                .isEqualTo(1);
    }

    @Test
    void aUnitListedAsSeriouslyDishonestByTheClosingDayIsNotApproved() {
        String code = units.find(deregistering.unitId()).orElseThrow().creditCode();
        at(LocalDate.of(2026, 3, 8), 8);
        As.role(Role.BUREAU_OFFICER, "KMKJJ");
        credit.importList("名单.csv", ("统一社会信用代码,名称,名单类型,列入机关,列入日期,移出日期\n"
                + code + ",某单位,严重失信主体名单,市场监管局,2026-03-05,\n").getBytes(StandardCharsets.UTF_8));

        closeOn(LocalDate.of(2026, 3, 9));
        assertThat(status(deregistering)).isEqualTo(DossierStatus.REJECTED);
        assertThat(carrierOf(deregistering)).isZero();
        assertThat(status(clean)).isEqualTo(DossierStatus.APPROVED);
        As.role(Role.BUREAU_OFFICER, "KMKJJ");
        assertThat(entryOf(deregistering).removedReason()).contains("C2.5/C3.6");
    }

    private void deregister(ReviewScenario.Submitted s, String on) {
        As.role(Role.BUREAU_OFFICER, "KMKJJ");
        String code = units.find(s.unitId()).orElseThrow().creditCode();
        assertThat(registrations.importFile("登记.csv", ("统一社会信用代码,登记状态,日期\n" + code + ",注销," + on + "\n")
                .getBytes(StandardCharsets.UTF_8)).added()).isEqualTo(1);
    }

    private void closeOn(LocalDate day) {
        As.role(Role.BUREAU_OFFICER, "KMKJJ");
        notices.setDocument(notice, 9000 + (int) (notice.value() % 900), NOTICE_ENDS.plusDays(1));
        at(day, 9);
        As.role(Role.BUREAU_OFFICER, "KMKJJ");
        notices.close(notice);
    }

    private NoticeEntry entryOf(ReviewScenario.Submitted s) {
        return notices.publicNotice(notice).orElseThrow().entries().stream().filter(e -> e.dossierId().equals(s.dossierId())).findFirst()
                .orElseThrow();
    }

    private DossierStatus status(ReviewScenario.Submitted s) {
        return DossierStatus.valueOf(jdbc.queryForObject("select status from dossier where id = ?", String.class,
                s.dossierId()));
    }

    private int carrierOf(ReviewScenario.Submitted s) {
        return jdbc.queryForObject("select count(*) from carrier where dossier_id = ?", Integer.class, s.dossierId());
    }

    private void at(LocalDate day, int hour) {
        clock.set(day.atTime(hour, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant());
    }
}
