package cn.kunming.kjj.carrier.publicity;

import cn.kunming.kjj.carrier.common.NoticeId;
import cn.kunming.kjj.carrier.common.CallId;
import cn.kunming.kjj.carrier.carrier.Carrier;
import cn.kunming.kjj.carrier.carrier.CarrierFilter;
import cn.kunming.kjj.carrier.carrier.CarrierService;
import cn.kunming.kjj.carrier.carrier.CarrierStatus;
import cn.kunming.kjj.carrier.common.CarrierKind;
import cn.kunming.kjj.carrier.dossier.DossierService;
import cn.kunming.kjj.carrier.dossier.DossierStatus;
import cn.kunming.kjj.carrier.review.ReviewScenario;
import cn.kunming.kjj.carrier.security.Role;
import cn.kunming.kjj.carrier.support.As;
import cn.kunming.kjj.carrier.support.MovableClock;
import cn.kunming.kjj.carrier.support.PortalSpringTest;
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
class PublicNoticeTest {

    /** Two days before May Day 2026: five working days from 30 April end on the make-up Saturday 9 May. */
    private static final LocalDate TODAY = LocalDate.of(2026, 4, 28);

    @Autowired
    ReviewScenario scenario;
    @Autowired
    PublicNoticeService notices;
    @Autowired
    NoticeClosingJob job;
    @Autowired
    CarrierService carriers;
    @Autowired
    DossierService dossiers;
    @Autowired
    MovableClock clock;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void onTheDay() {
        clock.set(TODAY.atTime(10, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant());
    }

    @AfterEach
    void reset() {
        As.signOut();
        clock.reset();
    }

    private DossierStatus status(ReviewScenario.Submitted s) {
        As.signIn(s.applicant());
        DossierStatus status = dossiers.find(s.dossierId()).orElseThrow().status();
        As.signOut();
        return status;
    }

    private void bureau() {
        As.role(Role.BUREAU_OFFICER, "KMKJJ");
    }

    @Test
    void theNoticeRunsAtLeastFiveWorkingDaysCountingTheMakeUpSaturdayAndNeverEndsEarlier() {
        CallId call = scenario.openCall();
        scenario.proposed(call, DISTRICT);
        bureau();
        LocalDate start = LocalDate.of(2026, 4, 30);
        assertThat(notices.period(start).defaultEnd()).isEqualTo(LocalDate.of(2026, 5, 9));
        assertThatThrownBy(() -> notices.publish(call, start, LocalDate.of(2026, 5, 8), "0871-1"))
                .hasMessage("notice.endTooEarly");
        assertThatThrownBy(() -> notices.publish(call, start, LocalDate.of(2026, 5, 9), " "))
                .hasMessage("notice.contactMissing");
        NoticeId id = notices.publish(call, start, LocalDate.of(2026, 5, 9), "市科技局成果转化处 0871-1");
        assertThat(notices.publicNotice(id).orElseThrow().entries()).hasSize(1);
        assertThatThrownBy(() -> notices.publish(call, start, LocalDate.of(2026, 5, 12), "x")).hasMessage("notice.exists");
    }

    @Test
    void aPeriodInAYearNotEnteredIsMarkedAsAnEstimate() {
        assertThat(notices.period(LocalDate.of(2027, 1, 4)).calendarKnown()).isFalse();
        assertThat(notices.period(LocalDate.of(2026, 12, 21)).calendarKnown()).isTrue();
        assertThat(notices.period(LocalDate.of(2026, 12, 29)).calendarKnown()).isFalse();
    }

    @Test
    void anUpheldObjectionRejectsOnlyItsOwnDossierAndTheOthersAreApprovedAndRegistered() {
        CallId call = scenario.openCall();
        ReviewScenario.Submitted objected = scenario.proposed(call, DISTRICT);
        ReviewScenario.Submitted clean = scenario.proposed(call, "530103");
        bureau();
        NoticeId notice = notices.publish(call, TODAY, notices.period(TODAY).defaultEnd(), "0871-1");
        long objection = notices.recordObjection(notice, objected.dossierId(), "张某", TODAY, "场地面积不实", null);
        assertThatThrownBy(() -> notices.recordObjection(notice, clean.dossierId(), "李某", TODAY.minusDays(1), "x", null))
                .hasMessage("objection.outsidePeriod");

        clock.set(LocalDate.of(2026, 5, 11).atTime(9, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant());
        bureau();
        assertThatThrownBy(() -> notices.close(notice)).hasMessage("notice.documentMissing");
        assertThat(notices.setDocument(notice, 12, LocalDate.of(2026, 5, 11))).isEqualTo("昆科发〔2026〕12号");
        assertThatThrownBy(() -> notices.close(notice)).hasMessage("notice.objectionsOpen");
        notices.handle(objection, true, "经核查属实");
        assertThat(notices.close(notice)).isEqualTo(1);

        assertThat(status(objected)).isEqualTo(DossierStatus.REJECTED);
        assertThat(status(clean)).isEqualTo(DossierStatus.APPROVED);
        bureau();
        List<Carrier> registered = carriers.register(CarrierFilter.none()).stream()
                .filter(c -> c.dossierId().equals(clean.dossierId()) || c.dossierId().equals(objected.dossierId())).toList();
        assertThat(registered).singleElement().satisfies(c -> {
            assertThat(c.dossierId()).isEqualTo(clean.dossierId());
            assertThat(c.status()).isEqualTo(CarrierStatus.CULTIVATING);
            assertThat(c.documentNumber()).isEqualTo("昆科发〔2026〕12号");
            assertThat(c.industryField()).isEqualTo(clean.field());
        });
    }

    @Test
    void theNoticeCannotCloseBeforeItsPeriodIsOver() {
        CallId call = scenario.openCall();
        scenario.proposed(call, DISTRICT);
        bureau();
        LocalDate end = notices.period(TODAY).defaultEnd();
        NoticeId notice = notices.publish(call, TODAY, end, "0871-1");
        clock.set(end.atTime(18, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant());
        bureau();
        assertThatThrownBy(() -> notices.setDocument(notice, 3, end.minusDays(1))).hasMessage("notice.filedBeforeEnd");
        assertThatThrownBy(() -> notices.setDocument(notice, 3, end)).as("P4.5: not on the notice's last day")
                .hasMessage("notice.filedBeforeEnd");
        notices.setDocument(notice, 3, end.plusDays(1));
        assertThatThrownBy(() -> notices.close(notice)).hasMessage("notice.periodNotOver");
    }

    @Test
    void theClosingJobRunTwiceRegistersEachApprovedDossierOnceAndTheUnitCannotApplyAgainForTheKind() {
        CallId call = scenario.openCall();
        ReviewScenario.Submitted s = scenario.proposed(call, DISTRICT);
        bureau();
        LocalDate end = notices.period(TODAY).defaultEnd();
        NoticeId notice = notices.publish(call, TODAY, end, "0871-1");
        notices.setDocument(notice, 7, end.plusDays(1));
        As.signOut();
        clock.set(end.plusDays(1).atTime(1, 15).atZone(ZoneId.of("Asia/Shanghai")).toInstant());
        job.run();
        job.run();
        assertThat(jdbc.queryForObject("select count(*) from carrier where dossier_id = ?", Integer.class, s.dossierId()))
                .isEqualTo(1);
        assertThat(status(s)).isEqualTo(DossierStatus.APPROVED);

        CallId next = scenario.openCall();
        As.signIn(s.applicant());
        assertThatThrownBy(() -> dossiers.open(next, CarrierKind.CONCEPT_CENTER)).hasMessage("dossier.alreadyCarrier");
        assertThat(dossiers.open(next, CarrierKind.PILOT_PLATFORM).value()).isPositive();
    }

    @Test
    void aUnitInsideItsTwoYearBanCannotApplyAndMayAgainTheDayAfter() {
        CallId call = scenario.openCall();
        ReviewScenario.Submitted s = scenario.proposed(call, DISTRICT);
        bureau();
        LocalDate end = notices.period(TODAY).defaultEnd();
        NoticeId notice = notices.publish(call, TODAY, end, "0871-1");
        notices.setDocument(notice, 8, end.plusDays(1));
        clock.set(end.plusDays(1).atTime(9, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant());
        bureau();
        notices.close(notice);
        LocalDate banEnds = end.plusYears(2);
        jdbc.update("update carrier set status = 'DISQUALIFIED', ban_ends_on = ? where dossier_id = ?", banEnds,
                s.dossierId());

        CallId next = scenario.openCall();
        As.signIn(s.applicant());
        assertThatThrownBy(() -> dossiers.open(next, CarrierKind.PILOT_PLATFORM)).hasMessage("dossier.unitBanned");
        clock.set(banEnds.atTime(23, 59).atZone(ZoneId.of("Asia/Shanghai")).toInstant());
        CallId onTheLastDay = scenario.openCall();
        As.signIn(s.applicant());
        assertThatThrownBy(() -> dossiers.open(onTheLastDay, CarrierKind.PILOT_PLATFORM)).hasMessage("dossier.unitBanned");
        clock.set(banEnds.plusDays(1).atTime(0, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant());
        CallId theDayAfter = scenario.openCall();
        As.signIn(s.applicant());
        assertThat(dossiers.open(theDayAfter, CarrierKind.PILOT_PLATFORM).value()).isPositive();
    }
}
