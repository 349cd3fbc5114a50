package cn.kunming.kjj.carrier.audit;

import cn.kunming.kjj.carrier.security.Role;
import cn.kunming.kjj.carrier.support.As;
import cn.kunming.kjj.carrier.support.Fixtures;
import cn.kunming.kjj.carrier.support.PortalSpringTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@PortalSpringTest
class AuditLogTest {

    @Autowired
    AuditLog audit;
    @Autowired
    TransactionTemplate tx;

    @AfterEach
    void signOut() {
        As.signOut();
    }

    @Test
    void anEventCannotBeWrittenOutsideTheTransactionOfItsChange() {
        assertThatThrownBy(() -> audit.record(AuditEntry.of(AuditAction.TENANT_UPDATED, AuditedEntity.TENANT, 1)))
                .isInstanceOf(IllegalTransactionStateException.class);
    }

    @Test
    void anEventRecordsWhoWhatWhichEntityAndRule() {
        As.user(42, Role.DISTRICT_OFFICER, "530102", null);
        String entityId = Fixtures.unique("e");
        tx.executeWithoutResult(s -> audit.record(AuditEntry.of(AuditAction.RULE_SET_ADDED, AuditedEntity.RULE_SET, entityId)
                .tenant(new cn.kunming.kjj.carrier.common.TenantId("530102")).rule("P4.3").detail("d")));
        As.role(Role.AUDITOR, null);
        var events = audit.page(new AuditQuery(null, null, "RULE_SET", entityId), AuditPosition.newest(), 10).events();
        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.actor()).isEqualTo("u42");
            assertThat(e.actorRole()).isEqualTo("DISTRICT_OFFICER");
            assertThat(e.action()).isEqualTo("RULE_SET_ADDED");
            assertThat(e.tenantId()).isEqualTo("530102");
            assertThat(e.ruleId()).isEqualTo("P4.3");
            assertThat(e.occurredAt()).isNotNull();
        });
    }

    @Test
    void anEventOfARolledBackChangeIsNotKept() {
        String entityId = Fixtures.unique("rollback");
        tx.executeWithoutResult(s -> {
            audit.record(AuditEntry.of(AuditAction.RULE_SET_ADDED, AuditedEntity.RULE_SET, entityId));
            s.setRollbackOnly();
        });
        As.role(Role.AUDITOR, null);
        assertThat(audit.count(new AuditQuery(null, null, "RULE_SET", entityId))).isZero();
    }

    @Test
    void onlyTheAuditorReadsTheLog() {
        for (Role role : new Role[]{Role.ADMIN, Role.SECURITY_ADMIN, Role.BUREAU_OFFICER}) {
            As.role(role, role == Role.BUREAU_OFFICER ? "KMKJJ" : null);
            assertThatThrownBy(() -> audit.page(AuditQuery.everything(), AuditPosition.newest(), 10).events()).isInstanceOf(AccessDeniedException.class);
        }
    }
}
