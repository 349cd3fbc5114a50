package cn.kunming.kjj.carrier.tenant;

import cn.kunming.kjj.carrier.common.AccountId;
import cn.kunming.kjj.carrier.common.UnitId;
import cn.kunming.kjj.carrier.audit.AuditLog;
import cn.kunming.kjj.carrier.audit.AuditQuery;
import cn.kunming.kjj.carrier.common.NotFoundException;
import cn.kunming.kjj.carrier.security.AccountStatus;
import cn.kunming.kjj.carrier.security.Role;
import cn.kunming.kjj.carrier.security.TenantScope;
import cn.kunming.kjj.carrier.security.UnitAccount;
import cn.kunming.kjj.carrier.security.repository.AccountRepository;
import cn.kunming.kjj.carrier.support.As;
import cn.kunming.kjj.carrier.support.Fixtures;
import cn.kunming.kjj.carrier.support.PortalSpringTest;
import cn.kunming.kjj.carrier.tenant.repository.HostUnitRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@PortalSpringTest
class UnitActivationServiceTest {

    @Autowired
    UnitActivationService activation;
    @Autowired
    Fixtures fixtures;
    @Autowired
    AccountRepository accounts;
    @Autowired
    HostUnitRepository units;
    @Autowired
    AuditLog audit;

    @AfterEach
    void signOut() {
        As.signOut();
    }

    private AccountId pendingApplicant(String tenant, UnitId unit) {
        return fixtures.account(Role.APPLICANT, tenant, unit, AccountStatus.PENDING);
    }

    @Test
    void theDistrictActivatesItsUnitsAccountAndTheUnitWithIt() {
        UnitId unit = fixtures.unit("530102", ActivationStatus.PENDING);
        AccountId account = pendingApplicant("530102", unit);
        As.role(Role.DISTRICT_OFFICER, "530102");
        assertThat(activation.unitAccounts(AccountStatus.PENDING)).extracting(UnitAccount::accountId).contains(account);

        activation.activate(account, 0);

        assertThat(accounts.findById(account).orElseThrow().status()).isEqualTo(AccountStatus.ACTIVE);
        assertThat(units.findById(new TenantScope.All(), unit).orElseThrow().activationStatus())
                .isEqualTo(ActivationStatus.ACTIVE);
        As.role(Role.AUDITOR, null);
        assertThat(audit.count(new AuditQuery(null, "UNIT_ACCOUNT_ACTIVATED", "ACCOUNT", String.valueOf(account))))
                .isEqualTo(1);
    }

    @Test
    void anotherDistrictsAccountIsNotFoundAndStaysPending() {
        UnitId unit = fixtures.unit("530102", ActivationStatus.PENDING);
        AccountId account = pendingApplicant("530102", unit);
        As.role(Role.DISTRICT_OFFICER, "530103");
        assertThat(activation.unitAccounts(null)).extracting(UnitAccount::accountId).doesNotContain(account);
        assertThatThrownBy(() -> activation.activate(account, 0)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> activation.reject(account, 0, "理由")).isInstanceOf(NotFoundException.class);
        assertThat(accounts.findById(account).orElseThrow().status()).isEqualTo(AccountStatus.PENDING);
    }

    @Test
    void anAccountThatDoesNotExistGetsTheSameAnswerAsAForeignOne() {
        As.role(Role.DISTRICT_OFFICER, "530103");
        assertThatThrownBy(() -> activation.activate(AccountId.of(Long.MAX_VALUE), 0)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void aRejectionNeedsAReasonAndChangesNothingWithoutOne() {
        UnitId unit = fixtures.unit("530102", ActivationStatus.PENDING);
        AccountId account = pendingApplicant("530102", unit);
        As.role(Role.DISTRICT_OFFICER, "530102");
        assertThatThrownBy(() -> activation.reject(account, 0, "  ")).hasMessage("activation.reasonRequired");
        assertThat(accounts.findById(account).orElseThrow().status()).isEqualTo(AccountStatus.PENDING);

        activation.reject(account, 0, "营业执照与信用代码不符");
        assertThat(accounts.findById(account).orElseThrow().status()).isEqualTo(AccountStatus.REJECTED);
        assertThat(units.findById(new TenantScope.All(), unit).orElseThrow().activationStatus())
                .isEqualTo(ActivationStatus.REJECTED);
    }

    @Test
    void anAccountAlreadyActivatedCannotBeActivatedAgain() {
        UnitId unit = fixtures.unit("530102", ActivationStatus.PENDING);
        AccountId account = pendingApplicant("530102", unit);
        As.role(Role.DISTRICT_OFFICER, "530102");
        activation.activate(account, 0);
        assertThatThrownBy(() -> activation.activate(account, 1)).hasMessage("activation.notPending");
    }

    @Test
    void theBureauAndApplicantsCannotActivateAccounts() {
        As.role(Role.BUREAU_OFFICER, "KMKJJ");
        assertThatThrownBy(() -> activation.unitAccounts(null)).isInstanceOf(AccessDeniedException.class);
        As.user(1, Role.APPLICANT, "530102", UnitId.of(1));
        assertThatThrownBy(() -> activation.activate(AccountId.of(1), 0)).isInstanceOf(AccessDeniedException.class);
    }
}
