package cn.kunming.kjj.carrier.publicity;

import cn.kunming.kjj.carrier.audit.AuditEvent;
import cn.kunming.kjj.carrier.audit.AuditLog;
import cn.kunming.kjj.carrier.audit.AuditQuery;
import cn.kunming.kjj.carrier.audit.AuditPosition;
import cn.kunming.kjj.carrier.authority.AuthorityScenario;
import cn.kunming.kjj.carrier.common.CallId;
import cn.kunming.kjj.carrier.common.Messages;
import cn.kunming.kjj.carrier.common.NoticeId;
import cn.kunming.kjj.carrier.common.NotFoundException;
import cn.kunming.kjj.carrier.common.PortalException;
import cn.kunming.kjj.carrier.common.TenantId;
import cn.kunming.kjj.carrier.review.ReviewScenario;
import cn.kunming.kjj.carrier.security.Role;
import cn.kunming.kjj.carrier.support.As;
import cn.kunming.kjj.carrier.support.MovableClock;
import cn.kunming.kjj.carrier.support.PortalSpringTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.time.ZoneId;

import static cn.kunming.kjj.carrier.review.ReviewScenario.DISTRICT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * P4.5: 公示期满无异议的，由市科技局商相关行业主管部门发文和备案. Every authority the bureau links to a field of the
 * proposed list gives its opinion once, before the document; the bureau records no document while one is outstanding.
 */
@PortalSpringTest
@Transactional
class ConsultationTest {

    @Autowired
    ReviewScenario scenario;
    @Autowired
    AuthorityScenario authorities;
    @Autowired
    PublicNoticeService notices;
    @Autowired
    ConsultationService consultations;
    @Autowired
    AuditLog audit;
    @Autowired
    MovableClock clock;

    @AfterEach
    void reset() {
        As.signOut();
        clock.reset();
    }

    /** A notice published on Monday 2 March 2026 (5 working days: it ends on Friday 6 March) listing one dossier. */
    private record Notice(NoticeId id, LocalDate endsOn, String field) {
    }

    private Notice published() {
        clock.set(LocalDate.of(2026, 3, 2).atTime(9, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant());
        CallId call = scenario.openCall();
        ReviewScenario.Submitted s = scenario.proposed(call, DISTRICT);
        As.role(Role.BUREAU_OFFICER, "KMKJJ");
        LocalDate start = LocalDate.of(2026, 3, 2);
        LocalDate end = notices.period(start).defaultEnd();
        NoticeId id = notices.publish(call, start, end, "0871-1");
        As.signOut();
        return new Notice(id, end, s.field());
    }

    private String document(Notice n) {
        As.role(Role.BUREAU_OFFICER, "KMKJJ");
        // a range of its own: Karibu tests commit their notices to the shared database
        return notices.setDocument(n.id(), 1000 + (int) (n.id().value() % 8000), n.endsOn().plusDays(1));
    }

    @Test
    void theDocumentIsRefusedNamingP45UntilEveryConsultedAuthorityHasAnsweredThenItIsRecordedTheDayAfterTheNotice() {
        Notice n = published();
        assertThat(n.endsOn()).isEqualTo(LocalDate.of(2026, 3, 6));
        TenantId gxj = authorities.authority("市工业和信息化局");
        TenantId wjw = authorities.authority("市卫生健康委员会");
        authorities.link(gxj, n.field());
        authorities.link(wjw, n.field());

        authorities.signIn(gxj);
        consultations.answer(n.id(), ConsultationOpinion.AGREE, "");
        PortalException refused = catchThrowableOfType(PortalException.class, () -> document(n));
        assertThat(refused.messageKey()).isEqualTo("notice.consultationOutstanding");
        assertThat(Messages.chinese(refused.messageKey(), refused.args())).contains("P4.5", "市卫生健康委员会")
                .doesNotContain("市工业和信息化局");
        assertThat(notices.publicNotice(n.id()).orElseThrow().documentNumber()).isNull();

        authorities.signIn(wjw);
        consultations.answer(n.id(), ConsultationOpinion.DISAGREE, "建议核实中试场地面积");
        assertThat(document(n)).as("an opinion is advice, not a veto: 不同意 does not hold the document back")
                .isNotBlank();
        As.role(Role.BUREAU_OFFICER, "KMKJJ");
        assertThat(consultations.consultations(n.id())).extracting(c -> c.answer().opinion())
                .containsExactlyInAnyOrder(ConsultationOpinion.AGREE, ConsultationOpinion.DISAGREE);
        As.role(Role.AUDITOR, null);
        assertThat(audit.page(new AuditQuery(null, "CONSULTATION_ANSWERED", "PUBLIC_NOTICE", n.id().toString()), AuditPosition.newest(), 10).events())
                .hasSize(2).allSatisfy(e -> assertThat(e.ruleId()).isEqualTo("P4.5"));
        assertThat(audit.page(new AuditQuery(null, "NOTICE_DOCUMENT_SET", "PUBLIC_NOTICE", n.id().toString()), AuditPosition.newest(), 10).events())
                .singleElement().extracting(AuditEvent::detail).asString().contains("AGREE", "DISAGREE");
    }

    @Test
    void aNoticeOfFieldsNoAuthorityIsLinkedToIsFiledWithoutConsultation() {
        Notice n = published();
        assertThat(document(n)).isNotBlank();
        As.role(Role.BUREAU_OFFICER, "KMKJJ");
        assertThat(consultations.consultations(n.id())).isEmpty();
    }

    @Test
    void anAuthorityOfAnotherFieldFindsTheNoticeMissingAndCannotAnswer() {
        Notice n = published();
        TenantId own = authorities.authority("市工业和信息化局");
        TenantId other = authorities.authority("市农业农村局");
        authorities.link(own, n.field());
        authorities.link(other, n.field() + "（其他）");

        authorities.signIn(other);
        assertThat(consultations.mine()).isEmpty();
        assertThatThrownBy(() -> consultations.sheet(n.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> consultations.answer(n.id(), ConsultationOpinion.AGREE, ""))
                .isInstanceOf(NotFoundException.class);
        As.role(Role.BUREAU_OFFICER, "KMKJJ");
        assertThat(consultations.consultations(n.id())).extracting(Consultation::authorityId).containsExactly(own);
    }

    @Test
    void anAuthorityAnswersOnceAndASecondAnswerIsRefusedNamingP45() {
        Notice n = published();
        TenantId gxj = authorities.authority("市工业和信息化局");
        authorities.link(gxj, n.field());
        authorities.signIn(gxj);
        assertThat(consultations.mine()).singleElement().satisfies(s -> assertThat(s.answerable()).isTrue());
        consultations.answer(n.id(), ConsultationOpinion.AGREE_WITH_COMMENTS, "建议加强安全管理");
        PortalException twice = catchThrowableOfType(PortalException.class,
                () -> consultations.answer(n.id(), ConsultationOpinion.DISAGREE, "改变主意"));
        assertThat(twice.messageKey()).isEqualTo("consultation.alreadyAnswered");
        assertThat(Messages.chinese(twice.messageKey())).contains("P4.5");
        ConsultationSheet sheet = consultations.sheet(n.id());
        assertThat(sheet.answerable()).isFalse();
        assertThat(sheet.answer().opinion()).isEqualTo(ConsultationOpinion.AGREE_WITH_COMMENTS);
        assertThat(sheet.answer().text()).isEqualTo("建议加强安全管理");
    }

    @Test
    void noOpinionIsTakenAfterTheDocumentAndAnAuthorityLinkedAfterItHoldsNothingBack() {
        Notice n = published();
        String number = document(n);
        TenantId late = authorities.authority("市卫生健康委员会");
        authorities.link(late, n.field());
        authorities.signIn(late);
        assertThat(consultations.sheet(n.id()).answerable()).isFalse();
        PortalException refused = catchThrowableOfType(PortalException.class,
                () -> consultations.answer(n.id(), ConsultationOpinion.AGREE, ""));
        assertThat(refused.messageKey()).isEqualTo("consultation.documentIssued");
        assertThat(Messages.chinese(refused.messageKey())).contains("P4.5");

        clock.set(n.endsOn().plusDays(1).atTime(9, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant());
        As.role(Role.BUREAU_OFFICER, "KMKJJ");
        assertThat(notices.close(n.id())).isEqualTo(1);
        assertThat(notices.publicNotice(n.id()).orElseThrow().documentNumber()).isEqualTo(number);
    }

    @Test
    void withCommentsAndDisagreementSayWhyWhileAgreementNeedsNoText() {
        Notice n = published();
        TenantId gxj = authorities.authority("市工业和信息化局");
        authorities.link(gxj, n.field());
        authorities.signIn(gxj);
        assertThatThrownBy(() -> consultations.answer(n.id(), null, "")).hasMessage("consultation.opinionMissing");
        assertThatThrownBy(() -> consultations.answer(n.id(), ConsultationOpinion.AGREE_WITH_COMMENTS, " "))
                .hasMessage("consultation.textRequired");
        assertThatThrownBy(() -> consultations.answer(n.id(), ConsultationOpinion.DISAGREE, null))
                .hasMessage("consultation.textRequired");
        assertThatThrownBy(() -> consultations.answer(n.id(), ConsultationOpinion.DISAGREE, "字".repeat(2001)))
                .hasMessage("input.tooLongField");
        assertThat(Messages.chinese("consultation.textRequired")).contains("P4.5");
        consultations.answer(n.id(), ConsultationOpinion.AGREE, null);
        assertThat(consultations.sheet(n.id()).answer().text()).isNull();
    }

    @Test
    void onlyTheBureauReadsTheOpinionsAndOnlyAnAuthorityGivesOne() {
        Notice n = published();
        As.role(Role.DISTRICT_OFFICER, DISTRICT);
        assertThatThrownBy(() -> consultations.consultations(n.id())).isInstanceOf(AuthorizationDeniedException.class);
        As.role(Role.BUREAU_OFFICER, "KMKJJ");
        assertThatThrownBy(() -> consultations.answer(n.id(), ConsultationOpinion.AGREE, ""))
                .isInstanceOf(AuthorizationDeniedException.class);
    }
}
