package cn.kunming.kjj.carrier.authority;

import cn.kunming.kjj.carrier.audit.AuditEvent;
import cn.kunming.kjj.carrier.audit.AuditLog;
import cn.kunming.kjj.carrier.audit.AuditQuery;
import cn.kunming.kjj.carrier.audit.AuditPosition;
import cn.kunming.kjj.carrier.common.ExpertId;
import cn.kunming.kjj.carrier.common.TenantId;
import cn.kunming.kjj.carrier.expert.Expert;
import cn.kunming.kjj.carrier.expert.ExpertDraft;
import cn.kunming.kjj.carrier.expert.ExpertService;
import cn.kunming.kjj.carrier.security.Role;
import cn.kunming.kjj.carrier.support.As;
import cn.kunming.kjj.carrier.support.Fixtures;
import cn.kunming.kjj.carrier.support.MovableClock;
import cn.kunming.kjj.carrier.support.PortalSpringTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Industry authorities nominate experts to the pool; the bureau accepts or declines (P4.4). */
@PortalSpringTest
@Transactional
class ExpertNominationTest {

    @Autowired
    AuthorityScenario authorities;
    @Autowired
    ExpertNominationService nominations;
    @Autowired
    ExpertService experts;
    @Autowired
    AuditLog audit;
    @Autowired
    MovableClock clock;

    @AfterEach
    void reset() {
        As.signOut();
        clock.reset();
    }

    private static ExpertDraft expert(String name) {
        return new ExpertDraft(name, List.of("智能制造", "工业互联网"), "正高级工程师", "云南某装备集团", null,
                "0871-12345678", "", true);
    }

    @Test
    void anAcceptedNomineeJoinsThePoolRecordedAsNominatedByItsAuthority() {
        TenantId authority = authorities.authority("市工业和信息化局");
        authorities.signIn(authority);
        String name = Fixtures.unique("赵工");
        long id = nominations.nominate(expert(name), "长期从事智能装备中试");
        assertThat(nominations.mine()).singleElement().satisfies(n -> {
            assertThat(n.status()).isEqualTo(NominationStatus.PENDING);
            assertThat(n.expert().fields()).containsExactly("智能制造", "工业互联网");
        });

        As.role(Role.BUREAU_OFFICER, "KMKJJ");
        ExpertNomination pending = nominations.nominations().stream().filter(n -> n.id() == id).findFirst().orElseThrow();
        ExpertId expertId = nominations.accept(id, pending.version());
        assertThat(experts.all()).filteredOn(e -> e.id().equals(expertId)).singleElement()
                .extracting(Expert::name).isEqualTo(name);
        assertThat(experts.nominators()).containsEntry(expertId, pending.authorityName());
        assertThatThrownBy(() -> nominations.accept(id, pending.version() + 1)).hasMessage("nomination.alreadyDecided");
        assertThatThrownBy(() -> nominations.decline(id, pending.version() + 1, "重复"))
                .hasMessage("nomination.alreadyDecided");

        authorities.signIn(authority);
        assertThat(nominations.mine()).singleElement().satisfies(n -> {
            assertThat(n.status()).isEqualTo(NominationStatus.ACCEPTED);
            assertThat(n.expertId()).isEqualTo(expertId);
        });
        As.role(Role.AUDITOR, null);
        assertThat(audit.page(new AuditQuery(null, null, "EXPERT_NOMINATION", String.valueOf(id)), AuditPosition.newest(), 10).events())
                .extracting(AuditEvent::action, AuditEvent::ruleId)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("EXPERT_NOMINATED", "P4.4"),
                        org.assertj.core.groups.Tuple.tuple("EXPERT_NOMINATION_ACCEPTED", "P4.4"));
    }

    @Test
    void aDeclinedNominationSaysWhyAndAddsNoExpert() {
        TenantId authority = authorities.authority("市卫生健康委员会");
        authorities.signIn(authority);
        long id = nominations.nominate(expert(Fixtures.unique("钱医生")), "临床试验经验丰富");
        As.role(Role.BUREAU_OFFICER, "KMKJJ");
        int poolBefore = experts.all().size();
        assertThatThrownBy(() -> nominations.decline(id, 0, " ")).hasMessage("nomination.declineReasonMissing");
        nominations.decline(id, 0, "专家库已有同领域专家");
        assertThat(experts.all()).hasSize(poolBefore);
        authorities.signIn(authority);
        assertThat(nominations.mine()).singleElement().satisfies(n -> {
            assertThat(n.status()).isEqualTo(NominationStatus.DECLINED);
            assertThat(n.declineReason()).isEqualTo("专家库已有同领域专家");
        });
    }

    @Test
    void aNominationNeedsWhatThePoolNeedsAndAReason() {
        authorities.signIn(authorities.authority("市工业和信息化局"));
        assertThatThrownBy(() -> nominations.nominate(expert(""), "理由")).hasMessage("expert.nameMissing");
        assertThatThrownBy(() -> nominations.nominate(expert("孙工"), "  ")).hasMessage("nomination.reasonMissing");
        assertThatThrownBy(() -> nominations.nominate(expert("字".repeat(65)), "理由")).hasMessage("input.tooLongField");
        assertThat(nominations.mine()).isEmpty();
    }

    @Test
    void anAuthoritySeesItsOwnNominationsOnlyAndCannotDecideAny() {
        TenantId one = authorities.authority("甲局");
        TenantId other = authorities.authority("乙局");
        authorities.signIn(one);
        long id = nominations.nominate(expert(Fixtures.unique("周工")), "推荐");
        authorities.signIn(other);
        assertThat(nominations.mine()).isEmpty();
        assertThatThrownBy(() -> nominations.accept(id, 0)).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> nominations.nominations()).isInstanceOf(AuthorizationDeniedException.class);
    }

    @Test
    void anAuthorityWhoseValidityEndedYesterdayCannotNominate() {
        clock.set(LocalDate.of(2026, 7, 1).atTime(9, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant());
        authorities.signIn(authorities.authority("丙局", LocalDate.of(2026, 7, 1)));
        nominations.nominate(expert(Fixtures.unique("吴工")), "推荐");
        authorities.signIn(authorities.authority("丁局", LocalDate.of(2026, 6, 30)));
        assertThatThrownBy(() -> nominations.nominate(expert(Fixtures.unique("郑工")), "推荐"))
                .hasMessage("authority.notInForce");
    }
}
