package cn.kunming.kjj.carrier.security;

import cn.kunming.kjj.carrier.common.AccountId;
import cn.kunming.kjj.carrier.audit.AuditLog;
import cn.kunming.kjj.carrier.audit.AuditQuery;
import cn.kunming.kjj.carrier.common.ConcurrentEditException;
import cn.kunming.kjj.carrier.common.PortalException;
import cn.kunming.kjj.carrier.common.TenantId;
import cn.kunming.kjj.carrier.security.repository.AccountRepository;
import cn.kunming.kjj.carrier.support.As;
import cn.kunming.kjj.carrier.support.Fixtures;
import cn.kunming.kjj.carrier.support.PortalSpringTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@PortalSpringTest
class AccountServiceTest {

    @Autowired
    cn.kunming.kjj.carrier.authority.AuthorityScenario authorities;

    @Autowired
    AccountService service;
    @Autowired
    AccountRepository accounts;
    @Autowired
    Fixtures fixtures;
    @Autowired
    AuditLog audit;

    @AfterEach
    void signOut() {
        As.signOut();
    }

    @Test
    void theSecurityAdministratorCreatesAnOfficerAccountAndItIsAudited() {
        As.role(Role.SECURITY_ADMIN, null);
        String username = Fixtures.unique("officer");
        AccountId id = service.create(new AccountDraft(username, "张三", Role.DISTRICT_OFFICER, new TenantId("530103"), null,
                null), "Passw0rd");
        Account created = accounts.findById(id).orElseThrow();
        assertThat(created.status()).isEqualTo(AccountStatus.ACTIVE);
        assertThat(created.tenantId()).isEqualTo(new TenantId("530103"));
        As.role(Role.AUDITOR, null);
        assertThat(audit.count(new AuditQuery(null, "ACCOUNT_CREATED", "ACCOUNT", String.valueOf(id)))).isEqualTo(1);
    }

    @Test
    void aDistrictOfficerWithoutATenantOrInTheBureauIsRefused() {
        As.role(Role.SECURITY_ADMIN, null);
        assertThatThrownBy(() -> service.create(new AccountDraft(Fixtures.unique("o"), "李四", Role.DISTRICT_OFFICER,
                null, null, null), "Passw0rd")).hasMessage("account.tenantRequired");
        assertThatThrownBy(() -> service.create(new AccountDraft(Fixtures.unique("o"), "李四", Role.DISTRICT_OFFICER,
                TenantId.BUREAU, null, null), "Passw0rd")).hasMessage("account.districtTenant");
    }

    @Test
    void anIndustryAuthorityAccountBelongsToAnAuthorityAndNoDistrictOfficerDoes() {
        TenantId authority = authorities.authority("市工业和信息化局");
        As.role(Role.SECURITY_ADMIN, null);
        assertThatThrownBy(() -> service.create(new AccountDraft(Fixtures.unique("ia"), "赵六", Role.INDUSTRY_AUTHORITY,
                null, null, null), "Passw0rd")).hasMessage("account.tenantRequired");
        assertThatThrownBy(() -> service.create(new AccountDraft(Fixtures.unique("ia"), "赵六", Role.INDUSTRY_AUTHORITY,
                new TenantId("530102"), null, null), "Passw0rd")).hasMessage("account.authorityTenant");
        assertThatThrownBy(() -> service.create(new AccountDraft(Fixtures.unique("o"), "李四", Role.DISTRICT_OFFICER,
                authority, null, null), "Passw0rd")).hasMessage("account.districtTenant");
        assertThat(service.create(new AccountDraft(Fixtures.unique("ia"), "赵六", Role.INDUSTRY_AUTHORITY, authority,
                null, null), "Passw0rd").value()).isPositive();
    }

    @Test
    void aPasswordOfSevenCharactersIsRefusedAndOfEightAccepted() {
        As.role(Role.SECURITY_ADMIN, null);
        assertThatThrownBy(() -> service.create(new AccountDraft(Fixtures.unique("e"), "王五", Role.EXPERT, null, null,
                null), "Passw0r")).isInstanceOf(PortalException.class).hasMessage("password.tooShort");
        assertThat(service.create(new AccountDraft(Fixtures.unique("e"), "王五", Role.EXPERT, null, null, null),
                "Passw0rd").value()).isPositive();
    }

    @Test
    void aTakenUsernameIsRefusedAndNothingIsCreated() {
        As.role(Role.SECURITY_ADMIN, null);
        String username = Fixtures.unique("dup");
        service.create(new AccountDraft(username, "甲", Role.EXPERT, null, null, null), "Passw0rd");
        int before = service.count(null);
        assertThatThrownBy(() -> service.create(new AccountDraft(username, "乙", Role.EXPERT, null, null, null),
                "Passw0rd")).hasMessage("account.usernameTaken");
        assertThat(service.count(null)).isEqualTo(before);
    }

    @Test
    void nobodyChangesTheirOwnRole() {
        AccountId self = fixtures.account(Role.SECURITY_ADMIN, null, null, AccountStatus.ACTIVE);
        As.user(self, Role.SECURITY_ADMIN, null, null);
        assertThatThrownBy(() -> service.changeRole(self, 0, Role.ADMIN, null, null)).hasMessage("account.notOwn");
        assertThat(accounts.findById(self).orElseThrow().role()).isEqualTo(Role.SECURITY_ADMIN);
    }

    @Test
    void aRoleChangeOnAStaleVersionIsRefused() {
        AccountId target = fixtures.account(Role.EXPERT, null, null, AccountStatus.ACTIVE);
        As.role(Role.SECURITY_ADMIN, null);
        service.changeRole(target, 0, Role.AUDITOR, null, null);
        assertThatThrownBy(() -> service.changeRole(target, 0, Role.ADMIN, null, null))
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(accounts.findById(target).orElseThrow().role()).isEqualTo(Role.AUDITOR);
    }

    @Test
    void otherAdministratorRolesCannotManageAccounts() {
        for (Role role : new Role[]{Role.ADMIN, Role.AUDITOR, Role.BUREAU_OFFICER}) {
            As.role(role, role == Role.BUREAU_OFFICER ? "KMKJJ" : null);
            assertThatThrownBy(() -> service.find(null, 0, 10)).isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void unlockingClearsTheLockAndIsAudited() {
        AccountId target = fixtures.account(Role.EXPERT, null, null, AccountStatus.ACTIVE);
        accounts.updateLoginFailures(target, 0, java.time.LocalDateTime.now().plusMinutes(10));
        As.role(Role.SECURITY_ADMIN, null);
        service.unlock(target);
        assertThat(accounts.findById(target).orElseThrow().lockedUntil()).isNull();
        As.role(Role.AUDITOR, null);
        assertThat(audit.count(new AuditQuery(null, "ACCOUNT_UNLOCKED", "ACCOUNT", String.valueOf(target)))).isEqualTo(1);
    }
}
