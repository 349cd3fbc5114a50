package cn.kunming.kjj.carrier.call;

import cn.kunming.kjj.carrier.common.UnitId;
import cn.kunming.kjj.carrier.common.CallId;
import cn.kunming.kjj.carrier.audit.AuditLog;
import cn.kunming.kjj.carrier.audit.AuditQuery;
import cn.kunming.kjj.carrier.audit.AuditPosition;
import cn.kunming.kjj.carrier.common.CarrierKind;
import cn.kunming.kjj.carrier.security.Role;
import cn.kunming.kjj.carrier.security.TenantScope;
import cn.kunming.kjj.carrier.support.As;
import cn.kunming.kjj.carrier.support.Fixtures;
import cn.kunming.kjj.carrier.support.MovableClock;
import cn.kunming.kjj.carrier.support.PortalSpringTest;
import cn.kunming.kjj.carrier.tenant.ActivationStatus;
import cn.kunming.kjj.carrier.tenant.repository.HostUnitRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@PortalSpringTest
@Transactional
class CallServiceTest {

    private static final LocalDateTime OPENS = LocalDateTime.of(2028, 3, 1, 9, 0);
    private static final LocalDateTime CLOSES = LocalDateTime.of(2028, 3, 31, 17, 0);

    @Autowired
    CallService calls;
    @Autowired
    MovableClock clock;
    @Autowired
    Fixtures fixtures;
    @Autowired
    HostUnitRepository units;
    @Autowired
    AuditLog audit;

    @AfterEach
    void reset() {
        As.signOut();
        clock.reset();
    }

    private void at(LocalDateTime time) {
        clock.set(time.atZone(ZoneId.of("Asia/Shanghai")).toInstant());
    }

    private CallId publishedCall() {
        As.role(Role.BUREAU_OFFICER, "KMKJJ");
        CallId id = calls.create(new CallDraft(2028, Fixtures.unique("2028年度申报"), Set.of(CarrierKind.CONCEPT_CENTER),
                OPENS, CLOSES, "正文", List.of(new RequiredAttachment(CarrierKind.CONCEPT_CENTER, "C1", "承诺书"),
                new RequiredAttachment(CarrierKind.PILOT_PLATFORM, "P1", "不属于本通知的类型"))));
        calls.publish(id, 0);
        return id;
    }

    @Test
    void theBureauPublishesACallThatKeepsOnlyTheAttachmentsOfItsKindsAndItIsAudited() {
        CallId id = publishedCall();
        Call call = calls.published().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
        assertThat(call.requiredAttachments()).extracting(RequiredAttachment::code).containsExactly("C1");
        As.role(Role.AUDITOR, null);
        assertThat(audit.page(new AuditQuery(null, "CALL_PUBLISHED", "CALL", String.valueOf(id)), AuditPosition.newest(), 1).events())
                .singleElement().satisfies(e -> assertThat(e.ruleId()).isEqualTo("P4.1"));
    }

    @Test
    void aPublishedCallCannotBeEdited() {
        CallId id = publishedCall();
        assertThatThrownBy(() -> calls.update(id, 1, new CallDraft(2028, "改", Set.of(CarrierKind.CONCEPT_CENTER),
                OPENS, CLOSES.plusDays(1), "", List.of()))).hasMessage("call.publishedIsFixed");
    }

    @Test
    void submissionsAreAcceptedUntilTheClosingMinuteAndAfterItOnlyWithAnExtension() {
        CallId id = publishedCall();
        UnitId unit = fixtures.unit("530102", ActivationStatus.ACTIVE);
        at(CLOSES.minusSeconds(1));
        calls.requireOpenFor(id, unit);
        at(CLOSES);
        assertThatThrownBy(() -> calls.requireOpenFor(id, unit)).hasMessage("call.closed");

        String code = units.findById(new TenantScope.All(), unit).orElseThrow().creditCode();
        calls.grantExtension(id, code, CLOSES.plusDays(3), "系统故障影响提交");
        calls.requireOpenFor(id, unit);
        UnitId other = fixtures.unit("530102", ActivationStatus.ACTIVE);
        assertThatThrownBy(() -> calls.requireOpenFor(id, other)).hasMessage("call.closed");
        As.role(Role.AUDITOR, null);
        assertThat(audit.count(new AuditQuery(null, "CALL_EXTENSION_GRANTED", "CALL", String.valueOf(id)))).isEqualTo(1);
    }

    @Test
    void anExtensionMustEndAfterTheCallAndGiveAReason() {
        CallId id = publishedCall();
        String code = units.findById(new TenantScope.All(), fixtures.unit("530102", ActivationStatus.ACTIVE))
                .orElseThrow().creditCode();
        assertThatThrownBy(() -> calls.grantExtension(id, code, CLOSES, "理由")).hasMessage("call.extensionNotAfterClosing");
        assertThatThrownBy(() -> calls.grantExtension(id, code, CLOSES.plusDays(1), " "))
                .hasMessage("call.extensionReasonRequired");
        assertThatThrownBy(() -> calls.grantExtension(id, "91350100M000100Y43", CLOSES.plusDays(1), "理由"))
                .hasMessage("call.unitUnknown");
    }

    @Test
    void beforeTheOpeningMinuteTheCallIsNotYetOpen() {
        CallId id = publishedCall();
        UnitId unit = fixtures.unit("530102", ActivationStatus.ACTIVE);
        at(OPENS.minusMinutes(1));
        assertThatThrownBy(() -> calls.requireOpenFor(id, unit)).hasMessage("call.notYetOpen");
    }

    @Test
    void onlyTheBureauPreparesCalls() {
        As.role(Role.DISTRICT_OFFICER, "530102");
        assertThatThrownBy(() -> calls.all()).isInstanceOf(AccessDeniedException.class);
    }
}
