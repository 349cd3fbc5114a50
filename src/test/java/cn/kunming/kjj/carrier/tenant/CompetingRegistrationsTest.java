package cn.kunming.kjj.carrier.tenant;

import org.jspecify.annotations.Nullable;
import cn.kunming.kjj.carrier.common.UnitId;
import cn.kunming.kjj.carrier.support.SampleFiles;
import cn.kunming.kjj.carrier.common.PortalException;
import cn.kunming.kjj.carrier.common.TenantId;
import cn.kunming.kjj.carrier.security.AccountStatus;
import cn.kunming.kjj.carrier.security.Role;
import cn.kunming.kjj.carrier.security.UnitAccount;
import cn.kunming.kjj.carrier.security.repository.AccountRepository;
import cn.kunming.kjj.carrier.support.As;
import cn.kunming.kjj.carrier.support.Fixtures;
import cn.kunming.kjj.carrier.support.MovableClock;
import cn.kunming.kjj.carrier.support.PortalSpringTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Security finding 8: a pending, never-activated registration blocked a credit code for everyone. Registrations of
 * one code now wait side by side; the district activates one, the others are rejected and told; nothing waits more
 * than 30 days; one address cannot register endlessly.
 */
@PortalSpringTest
class CompetingRegistrationsTest {

    @Autowired
    UnitRegistrationService registration;
    @Autowired
    UnitActivationService activation;
    @Autowired
    AccountRepository accounts;
    @Autowired
    MovableClock clock;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void reset() {
        clock.reset();
        As.signOut();
    }

    private UnitRegistration of(String code, String tenant, String username, byte @Nullable [] licence) {
        return new UnitRegistration("昆明竞争测试单位", code, UnitType.ENTERPRISE, new TenantId(tenant), null, null, null,
                null, username, "李经办", username + "@example.cn", "Apply2026x", false,
                licence == null ? null : cn.kunming.kjj.carrier.support.SampleFiles.upload("营业执照.pdf", licence));
    }

    private UnitId register(String code, String tenant, String username) {
        return registration.register(of(code, tenant, username, SampleFiles.pdf()), Fixtures.unique("client"));
    }

    private UnitAccount waiting(String tenant, String username) {
        As.role(Role.DISTRICT_OFFICER, tenant);
        try {
            return activation.unitAccounts(AccountStatus.PENDING).stream().filter(a -> a.username().equals(username))
                    .findFirst().orElseThrow();
        } finally {
            As.signOut();
        }
    }

    private void activate(String tenant, UnitAccount account) {
        As.role(Role.DISTRICT_OFFICER, tenant);
        try {
            activation.activate(account.accountId(), account.accountVersion());
        } finally {
            As.signOut();
        }
    }

    private String status(String username) {
        return accounts.findCredentials(username).orElseThrow().account().status().name();
    }

    private int notices(String username, String kind) {
        return jdbc.queryForObject("select count(*) from notification n join account a on a.id = n.account_id"
                + " where a.username = ? and n.kind = ?", Integer.class, username, kind);
    }

    @Test
    void aSquattersPendingRegistrationNoLongerBlocksTheCodeAndActivatingTheRealUnitRejectsItAndTellsIt() {
        String code = Fixtures.creditCode();
        String squatter = Fixtures.unique("sq");
        String real = Fixtures.unique("re");
        register(code, "530102", squatter);
        register(code, "530102", real);

        UnitAccount realOne = waiting("530102", real);
        UnitAccount squatterOne = waiting("530102", squatter);
        assertThat(realOne.hasLicence()).isTrue();
        As.role(Role.DISTRICT_OFFICER, "530102");
        assertThat(activation.licence(realOne.unitId())).as("the district reads the licence").hasBinaryContent(SampleFiles.pdf());
        As.signOut();
        activate("530102", realOne);

        assertThat(status(real)).isEqualTo("ACTIVE");
        assertThat(status(squatter)).isEqualTo("REJECTED");
        assertThat(notices(squatter, "REGISTRATION_REJECTED")).as("the other applicant is told").isEqualTo(1);
        assertThat(jdbc.queryForObject("select rule_id from audit_event where action = 'UNIT_REGISTRATION_SUPERSEDED'"
                + " and entity_id = ?", String.class, String.valueOf(squatterOne.unitId())))
                .isEqualTo("P4.2");
        assertThatThrownBy(() -> register(code, "530103", Fixtures.unique("late")))
                .as("an activated unit holds the code").hasMessage("registration.creditCodeRegistered");
    }

    @Test
    void aRegistrationWithoutItsLicenceOrWithAFileThatIsNoScanIsRefused() {
        String code = Fixtures.creditCode();
        assertThatThrownBy(() -> registration.register(of(code, "530102", Fixtures.unique("n"), null), Fixtures.unique("c")))
                .hasMessage("registration.licenceRequired");
        assertThatThrownBy(() -> registration.register(of(code, "530102", Fixtures.unique("n"),
                "MZ-not-a-scan".getBytes()), Fixtures.unique("c"))).hasMessage("attachment.typeNotAllowed");
        assertThat(jdbc.queryForObject("select count(*) from host_unit where credit_code = ?", Integer.class, code)).isZero();
    }

    @Test
    void aRegistrationCanBeActivatedUntilItsThirtiethDayAndNotOnIt() {
        String early = Fixtures.unique("e");
        String late = Fixtures.unique("l");
        register(Fixtures.creditCode(), "530102", early);
        register(Fixtures.creditCode(), "530102", late);
        UnitAccount earlyOne = waiting("530102", early);
        UnitAccount lateOne = waiting("530102", late);

        clock.advance(Duration.ofDays(30).minusSeconds(1));
        activate("530102", earlyOne);
        assertThat(status(early)).isEqualTo("ACTIVE");
        clock.advance(Duration.ofSeconds(1));
        assertThatThrownBy(() -> activate("530102", lateOne)).hasMessage("activation.expired");
        assertThat(status(late)).isEqualTo("PENDING");
    }

    @Test
    void oneAddressMayTryTenRegistrationsAnHourAndTheEleventhIsRefused() {
        String address = Fixtures.unique("203.0.113.");
        for (int i = 0; i < 10; i++) {
            // each refused for its password: the attempt counts all the same
            assertThatThrownBy(() -> registration.register(new UnitRegistration("昆明单位", Fixtures.creditCode(),
                    UnitType.ENTERPRISE, new TenantId("530102"), null, null, null, null, Fixtures.unique("r"), "李",
                    null, "short", false, SampleFiles.upload("营业执照.pdf", SampleFiles.pdf())), address)).hasMessage("password.tooShort");
        }
        assertThat(register(Fixtures.creditCode(), "530102", Fixtures.unique("r11")).value()).as("another address is not affected")
                .isPositive();
        assertThatThrownBy(() -> registration.register(of(Fixtures.creditCode(), "530102", Fixtures.unique("r"),
                SampleFiles.pdf()), address)).hasMessage("registration.tooMany");
    }

    @Test
    void twoDistrictsActivatingCompetingRegistrationsAtOnceActivateExactlyOne() throws Exception {
        String code = Fixtures.creditCode();
        List<String> usernames = new ArrayList<>();
        List<String> tenants = List.of("530102", "530103", "530111", "530112");
        for (String tenant : tenants) {
            String username = Fixtures.unique("p");
            usernames.add(username);
            register(code, tenant, username);
        }
        List<UnitAccount> waiting = new ArrayList<>();
        for (int i = 0; i < tenants.size(); i++) {
            waiting.add(waiting(tenants.get(i), usernames.get(i)));
        }
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(tenants.size());
        List<Future<String>> outcomes = new ArrayList<>();
        for (int i = 0; i < tenants.size(); i++) {
            int n = i;
            outcomes.add(pool.submit((Callable<String>) () -> {
                start.await();
                try {
                    activate(tenants.get(n), waiting.get(n));
                    return "ACTIVATED";
                } catch (PortalException refused) {
                    return refused.getMessage();
                }
            }));
        }
        start.countDown();
        List<String> answers = new ArrayList<>();
        for (Future<String> f : outcomes) {
            answers.add(f.get());
        }
        pool.shutdown();
        assertThat(answers).filteredOn("ACTIVATED"::equals).hasSize(1);
        assertThat(jdbc.queryForObject("select count(*) from host_unit where claimed_credit_code = ?", Integer.class, code))
                .isEqualTo(1);
        assertThat(usernames.stream().map(this::status)).containsOnlyOnce("ACTIVE").doesNotContain("PENDING");
    }
}
