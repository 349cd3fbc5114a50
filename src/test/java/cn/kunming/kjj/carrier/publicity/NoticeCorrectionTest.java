package cn.kunming.kjj.carrier.publicity;

import cn.kunming.kjj.carrier.common.AccountId;
import cn.kunming.kjj.carrier.common.CallId;
import cn.kunming.kjj.carrier.common.NoticeId;
import cn.kunming.kjj.carrier.dossier.DossierService;
import cn.kunming.kjj.carrier.dossier.DossierStatus;
import cn.kunming.kjj.carrier.review.ReviewScenario;
import cn.kunming.kjj.carrier.security.AccountStatus;
import cn.kunming.kjj.carrier.security.Role;
import cn.kunming.kjj.carrier.support.As;
import cn.kunming.kjj.carrier.support.Fixtures;
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

import static cn.kunming.kjj.carrier.review.ReviewScenario.DISTRICT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Correcting and withdrawing a published notice (P4.5, decision 0036): the public reads every correction and the
 * withdrawal with its reason; a withdrawn notice stays public and its dossiers can be listed again; nothing is
 * corrected or withdrawn once the document is on record or the notice has ended.
 */
@PortalSpringTest
@Transactional
class NoticeCorrectionTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 4, 28);

    @Autowired
    ReviewScenario scenario;
    @Autowired
    PublicNoticeService notices;
    @Autowired
    NoticeClosingJob job;
    @Autowired
    DossierService dossiers;
    @Autowired
    Fixtures fixtures;
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

    private void bureau() {
        As.role(Role.BUREAU_OFFICER, "KMKJJ");
    }

    private record Published(CallId call, ReviewScenario.Submitted listed, NoticeId notice, LocalDate end) {
    }

    private Published published() {
        CallId call = scenario.openCall();
        ReviewScenario.Submitted listed = scenario.proposed(call, DISTRICT);
        bureau();
        LocalDate end = notices.period(TODAY).defaultEnd();
        return new Published(call, listed, notices.publish(call, TODAY, end, "市科技局成果转化处 0871-1"), end);
    }

    private DossierStatus status(ReviewScenario.Submitted s) {
        As.signIn(s.applicant());
        DossierStatus status = dossiers.find(s.dossierId()).orElseThrow().status();
        bureau();
        return status;
    }

    private long audited(String action, Object entityId) {
        Long n = jdbc.queryForObject("select count(*) from audit_event where action = ? and entity_id = ?", Long.class,
                action, String.valueOf(entityId));
        return n == null ? 0 : n;
    }

    private long notified(AccountId account, String kind) {
        Long n = jdbc.queryForObject("select count(*) from notification where account_id = ? and kind = ?", Long.class,
                account.value(), kind);
        return n == null ? 0 : n;
    }

    @Test
    void aCorrectionExtendsThePeriodAndChangesTheContactAndThePublicReadsWhatChangedAndWhy() {
        Published p = published();
        notices.correct(p.notice(), p.end().plusDays(3), "市科技局成果转化处 0871-2", "联系电话有误，并延长公示期");

        PublicNotice n = notices.publicNotice(p.notice()).orElseThrow();
        assertThat(n.endsOn()).isEqualTo(p.end().plusDays(3));
        assertThat(n.contact()).isEqualTo("市科技局成果转化处 0871-2");
        assertThat(n.corrections()).singleElement().satisfies(c -> {
            assertThat(c.oldEndsOn()).isEqualTo(p.end());
            assertThat(c.oldContact()).isEqualTo("市科技局成果转化处 0871-1");
            assertThat(c.extended()).isTrue();
            assertThat(c.contactChanged()).isTrue();
            assertThat(c.reason()).isEqualTo("联系电话有误，并延长公示期");
        });
        assertThat(audited("NOTICE_CORRECTED", p.notice())).isEqualTo(1);
        // an objection received in the extended days is within the period
        notices.recordObjection(p.notice(), p.listed().dossierId(), "张某", p.end().plusDays(3), "场地面积不实", null);
    }

    @Test
    void aCorrectionNeverShortensThePeriodNeedsAPublicReasonAndMustChangeSomething() {
        Published p = published();
        assertThatThrownBy(() -> notices.correct(p.notice(), p.end().minusDays(1), "0871-2", "提前结束"))
                .hasMessage("notice.correctionShortens");
        assertThatThrownBy(() -> notices.correct(p.notice(), p.end(), "市科技局成果转化处 0871-1", "无变化"))
                .hasMessage("notice.correctionChangesNothing");
        assertThatThrownBy(() -> notices.correct(p.notice(), p.end(), "0871-2", " \u3000"))
                .hasMessage("notice.reasonMissing");
        assertThatThrownBy(() -> notices.correct(p.notice(), p.end(), "0871-2", null)).hasMessage("notice.reasonMissing");
        assertThatThrownBy(() -> notices.correct(p.notice(), null, "0871-2", "理由")).hasMessage("notice.datesMissing");
        assertThatThrownBy(() -> notices.correct(p.notice(), p.end(), " ", "理由")).hasMessage("notice.contactMissing");
        assertThatThrownBy(() -> notices.correct(p.notice(), p.end(), "0871-2", "理".repeat(501)))
                .hasMessage("notice.textTooLong");
        assertThatThrownBy(() -> notices.correct(p.notice(), p.end(), "电".repeat(501), "理由"))
                .hasMessage("notice.textTooLong");
        assertThat(notices.publicNotice(p.notice()).orElseThrow().corrections()).as("nothing was kept").isEmpty();
        assertThat(audited("NOTICE_CORRECTED", p.notice())).isZero();

        notices.correct(p.notice(), p.end(), "电".repeat(500), "理".repeat(500));
        assertThat(notices.publicNotice(p.notice()).orElseThrow().corrections()).hasSize(1);
    }

    @Test
    void aWithdrawnNoticeStaysPublicWithItsReasonAndItsDossiersCanBeListedAgain() {
        Published p = published();
        assertThat(status(p.listed())).isEqualTo(DossierStatus.IN_PUBLIC_NOTICE);

        assertThat(notices.withdraw(p.notice(), "名单中单位名称有误")).isEqualTo(1);

        PublicNotice withdrawn = notices.publicNotice(p.notice()).orElseThrow();
        assertThat(withdrawn.status()).isEqualTo(NoticeStatus.WITHDRAWN);
        assertThat(withdrawn.withdrawal()).isNotNull();
        assertThat(withdrawn.withdrawal().reason()).isEqualTo("名单中单位名称有误");
        assertThat(withdrawn.entries()).as("the public still reads whom it listed").hasSize(1);
        assertThat(notices.publicNotices()).extracting(PublicNotice::id).contains(p.notice());
        assertThat(status(p.listed())).isEqualTo(DossierStatus.PROPOSED);
        assertThat(notices.ofCall(p.call())).as("the call has no live notice").isEmpty();
        assertThat(notices.withdrawnOfCall(p.call())).extracting(PublicNotice::id).containsExactly(p.notice());
        assertThat(audited("NOTICE_WITHDRAWN", p.notice())).isEqualTo(1);
        assertThat(audited("DOSSIER_PROPOSED", p.listed().dossierId())).as("the decision, then the return").isEqualTo(2);

        assertThatThrownBy(() -> notices.recordObjection(p.notice(), p.listed().dossierId(), "张某", TODAY, "x", null))
                .hasMessage("notice.withdrawn");
        assertThatThrownBy(() -> notices.withdraw(p.notice(), "再次撤回")).hasMessage("notice.withdrawn");

        NoticeId again = notices.publish(p.call(), TODAY, p.end(), "市科技局成果转化处 0871-1");
        assertThat(again).isNotEqualTo(p.notice());
        assertThat(status(p.listed())).isEqualTo(DossierStatus.IN_PUBLIC_NOTICE);
        assertThat(notices.ofCall(p.call()).orElseThrow().id()).isEqualTo(again);
        assertThat(notices.publicNotice(again).orElseThrow().entries()).extracting(NoticeEntry::dossierId)
                .containsExactly(p.listed().dossierId());
    }

    @Test
    void theNightlyJobLeavesAWithdrawnNoticeAndItsDossiersAlone() {
        Published p = published();
        notices.withdraw(p.notice(), "公示期计算有误");
        clock.set(p.end().plusDays(2).atTime(2, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant());
        job.run();
        bureau();
        assertThat(notices.publicNotice(p.notice()).orElseThrow().status()).isEqualTo(NoticeStatus.WITHDRAWN);
        assertThat(status(p.listed())).isEqualTo(DossierStatus.PROPOSED);
    }

    @Test
    void theListedUnitsAndTheirDistrictAreToldOfACorrectionAndOfAWithdrawal() {
        AccountId districtOfficer = fixtures.account(Role.DISTRICT_OFFICER, DISTRICT, null, AccountStatus.ACTIVE);
        Published p = published();
        AccountId applicant = p.listed().applicant().accountId();
        notices.correct(p.notice(), p.end().plusDays(1), "0871-2", "延长公示期");
        notices.withdraw(p.notice(), "名单有误");
        assertThat(notified(applicant, "NOTICE_CORRECTED")).isEqualTo(1);
        assertThat(notified(applicant, "NOTICE_WITHDRAWN")).isEqualTo(1);
        assertThat(notified(districtOfficer, "NOTICE_CORRECTED")).isEqualTo(1);
        assertThat(notified(districtOfficer, "NOTICE_WITHDRAWN")).isEqualTo(1);
    }

    @Test
    void onceTheDocumentIsOnRecordTheNoticeIsNeitherCorrectedNorWithdrawn() {
        Published p = published();
        clock.set(p.end().plusDays(1).atTime(9, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant());
        bureau();
        notices.setDocument(p.notice(), 4321, p.end().plusDays(1));
        assertThatThrownBy(() -> notices.withdraw(p.notice(), "名单有误")).hasMessage("notice.documentAlreadySet");
        assertThatThrownBy(() -> notices.correct(p.notice(), p.end().plusDays(5), "0871-2", "延长"))
                .hasMessage("notice.documentAlreadySet");
        assertThat(status(p.listed())).isEqualTo(DossierStatus.IN_PUBLIC_NOTICE);
    }
}
