package cn.kunming.kjj.carrier.authority;

import cn.kunming.kjj.carrier.audit.AuditEvent;
import cn.kunming.kjj.carrier.audit.AuditLog;
import cn.kunming.kjj.carrier.audit.AuditQuery;
import cn.kunming.kjj.carrier.audit.AuditPosition;
import cn.kunming.kjj.carrier.common.TenantId;
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

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The bureau chooses which industry authorities it consults on each field (P4.5: 商相关行业主管部门). */
@PortalSpringTest
@Transactional
class FieldLinkServiceTest {

    @Autowired
    AuthorityScenario authorities;
    @Autowired
    FieldLinkService links;
    @Autowired
    AuditLog audit;
    @Autowired
    MovableClock clock;

    @AfterEach
    void reset() {
        As.signOut();
        clock.reset();
    }

    @Test
    void theBureauLinksAFieldToAnAuthorityOnceAndUnlinksItEachStepAuditedUnderP45() {
        TenantId authority = authorities.authority("市工业和信息化局");
        String field = Fixtures.unique("智能制造");
        As.role(Role.BUREAU_OFFICER, "KMKJJ");
        long id = links.link(authority, "  " + field + " ");
        assertThat(links.links()).filteredOn(l -> l.id() == id).singleElement()
                .satisfies(l -> assertThat(l.field()).isEqualTo(field));
        assertThatThrownBy(() -> links.link(authority, field)).hasMessage("authority.fieldAlreadyLinked");
        links.unlink(id);
        assertThat(links.links()).noneMatch(l -> l.id() == id);

        As.role(Role.AUDITOR, null);
        assertThat(audit.page(new AuditQuery(null, null, "TENANT", authority.value()), AuditPosition.newest(), 10).events())
                .extracting(AuditEvent::action, AuditEvent::ruleId)
                .contains(org.assertj.core.groups.Tuple.tuple("AUTHORITY_FIELD_LINKED", "P4.5"),
                        org.assertj.core.groups.Tuple.tuple("AUTHORITY_FIELD_UNLINKED", "P4.5"));
    }

    @Test
    void onlyAnIndustryAuthorityInForceCanBeLinkedNeverADistrictOrTheBureau() {
        TenantId authority = authorities.authority("甲局");
        As.role(Role.BUREAU_OFFICER, "KMKJJ");
        assertThatThrownBy(() -> links.link(new TenantId("530102"), "智能制造")).hasMessage("authority.notAnAuthority");
        assertThatThrownBy(() -> links.link(TenantId.BUREAU, "智能制造")).hasMessage("authority.notAnAuthority");
        assertThatThrownBy(() -> links.link(authority, "  ")).hasMessage("authority.fieldMissing");
        assertThatThrownBy(() -> links.link(authority, "字".repeat(101))).hasMessage("input.tooLongField");
    }

    @Test
    void anAuthorityEndedYesterdayCanNoLongerBeLinkedButOneEndingTodayCan() {
        clock.set(LocalDate.of(2026, 6, 30).atTime(10, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant());
        TenantId endsToday = authorities.authority("丙局", LocalDate.of(2026, 6, 30));
        TenantId endedYesterday = authorities.authority("丁局", LocalDate.of(2026, 6, 29));
        As.role(Role.BUREAU_OFFICER, "KMKJJ");
        links.link(endsToday, Fixtures.unique("生物医药"));
        assertThatThrownBy(() -> links.link(endedYesterday, "生物医药")).hasMessage("authority.notAnAuthority");
        assertThat(links.authorities()).extracting(t -> t.id()).contains(endsToday).doesNotContain(endedYesterday);
    }

    @Test
    void anAuthorityReadsItsOwnFieldsAndCannotLinkAny() {
        TenantId authority = authorities.authority("市卫生健康委员会");
        String field = Fixtures.unique("生物医药");
        authorities.link(authority, field);
        authorities.signIn(authority);
        assertThat(links.myFields()).containsExactly(field);
        assertThatThrownBy(() -> links.link(authority, "其他")).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> links.links()).isInstanceOf(AuthorizationDeniedException.class);
    }
}
