package cn.kunming.kjj.carrier.eligibility;

import cn.kunming.kjj.carrier.audit.AuditLog;
import cn.kunming.kjj.carrier.audit.AuditQuery;
import cn.kunming.kjj.carrier.audit.AuditPosition;
import cn.kunming.kjj.carrier.security.Role;
import cn.kunming.kjj.carrier.support.As;
import cn.kunming.kjj.carrier.support.MovableClock;
import cn.kunming.kjj.carrier.support.PortalSpringTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@PortalSpringTest
@Transactional
class EligibilityServiceTest {

    @Autowired
    EligibilityService eligibility;
    @Autowired
    AuditLog audit;
    @Autowired
    MovableClock clock;

    @AfterEach
    void signOut() {
        As.signOut();
        clock.reset();
    }

    private RuleSet seeded() {
        return eligibility.ruleSets().stream().filter(r -> r.version().equals("KM-2025-2")).findFirst().orElseThrow();
    }

    @Test
    void theSeededVersionHoldsTheThresholdsOfTheMeasures() {
        RuleSet seeded = seeded();
        assertThat(seeded).usingRecursiveComparison().ignoringFields("title").isEqualTo(RuleSets.km2025());
        assertThat(seeded.title()).contains("昆科规〔2025〕2号");
    }

    @Test
    void anyoneCanEvaluateWithoutSigningIn() {
        EligibilityResult e = eligibility.evaluate(FactsBuilder.conceptCenter().build());
        assertThat(e.eligible()).isTrue();
        assertThat(e.ruleSetVersion()).isEqualTo("KM-2025-2");
    }

    @Test
    void aDateBeforeTheMeasuresTookEffectHasNoRuleSet() {
        FactsBuilder f = FactsBuilder.conceptCenter();
        f.submittedOn = LocalDate.of(2025, 11, 13);
        assertThatThrownBy(() -> eligibility.evaluate(f.build())).hasMessage("eligibility.noRuleSet");
        f.submittedOn = LocalDate.of(2025, 11, 14);
        assertThat(eligibility.evaluate(f.build()).ruleSetVersion()).isEqualTo("KM-2025-2");
    }

    @Test
    void moreBrokersThanAdvisorsIsRefusedNamingTheField() {
        FactsBuilder f = FactsBuilder.conceptCenter();
        f.techBrokers = 6;
        assertThatThrownBy(() -> eligibility.evaluate(f.build())).isInstanceOfSatisfying(InvalidFactsException.class,
                e -> assertThat(e.problems()).extracting(FactsCheck.Problem::field).containsExactly("techBrokers"));
    }

    @Test
    void aNewVersionAppliesFromItsFirstDayAndTheOldOneStillJudgesEarlierSubmissions() {
        clock.set(LocalDate.of(2026, 12, 1).atStartOfDay(ZoneId.of("Asia/Shanghai")).toInstant());
        As.role(Role.ADMIN, null);
        LocalDate start = LocalDate.of(2027, 1, 1);
        eligibility.addVersion(RuleSets.with(seeded(), "KM-2027-1", start, Threshold.POC_SITE_AREA_SQM, "300"));

        FactsBuilder dayBefore = FactsBuilder.conceptCenter();
        dayBefore.submittedOn = start.minusDays(1);
        EligibilityResult old = eligibility.evaluate(dayBefore.build());
        assertThat(old.ruleSetVersion()).isEqualTo("KM-2025-2");
        assertThat(old.result("C2.3a").outcome()).isEqualTo(Outcome.PASS);

        FactsBuilder firstDay = FactsBuilder.conceptCenter();
        firstDay.submittedOn = start;
        EligibilityResult newer = eligibility.evaluate(firstDay.build());
        assertThat(newer.ruleSetVersion()).isEqualTo("KM-2027-1");
        assertThat(newer.result("C2.3a").outcome()).isEqualTo(Outcome.FAIL);

        assertThat(seeded().validTo()).isEqualTo(LocalDate.of(2026, 12, 31));
        As.role(Role.AUDITOR, null);
        assertThat(audit.page(new AuditQuery(null, "RULE_SET_ADDED", "RULE_SET", "KM-2027-1"), AuditPosition.newest(), 1).events())
                .singleElement().satisfies(ev -> {
                    assertThat(ev.ruleId()).isEqualTo("A8.1");
                    assertThat(ev.detail()).contains("POC_SITE_AREA_SQM 200→300");
                });
    }

    @Test
    void aVersionCannotStartInThePastNorBeforeTheLatest() {
        clock.set(LocalDate.of(2026, 12, 1).atStartOfDay(ZoneId.of("Asia/Shanghai")).toInstant());
        As.role(Role.ADMIN, null);
        assertThatThrownBy(() -> eligibility.addVersion(RuleSets.with(seeded(), "KM-PAST", LocalDate.of(2026, 11, 30),
                Threshold.POC_FUND_WAN, "100"))).hasMessage("ruleSet.startsInThePast");
        eligibility.addVersion(RuleSets.with(seeded(), "KM-2027-1", LocalDate.of(2027, 1, 1), Threshold.POC_FUND_WAN, "100"));
        assertThatThrownBy(() -> eligibility.addVersion(RuleSets.with(seeded(), "KM-2026-X", LocalDate.of(2026, 12, 15),
                Threshold.POC_FUND_WAN, "100"))).hasMessage("ruleSet.notAfterLatest");
        assertThatThrownBy(() -> eligibility.addVersion(RuleSets.with(seeded(), "KM-2027-1", LocalDate.of(2027, 6, 1),
                Threshold.POC_FUND_WAN, "100"))).hasMessage("ruleSet.versionTaken");
    }

    @Test
    void onlyTheAdministratorAddsVersions() {
        As.role(Role.BUREAU_OFFICER, "KMKJJ");
        assertThatThrownBy(() -> eligibility.addVersion(RuleSets.with(seeded(), "KM-X", LocalDate.of(2030, 1, 1),
                Threshold.POC_FUND_WAN, "100"))).isInstanceOf(AccessDeniedException.class);
    }
}
