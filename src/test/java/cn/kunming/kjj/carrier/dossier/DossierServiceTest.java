package cn.kunming.kjj.carrier.dossier;

import cn.kunming.kjj.carrier.common.UnitId;
import cn.kunming.kjj.carrier.common.CallId;
import cn.kunming.kjj.carrier.common.DossierId;
import cn.kunming.kjj.carrier.call.CallService;
import cn.kunming.kjj.carrier.common.CarrierKind;
import cn.kunming.kjj.carrier.common.ConcurrentEditException;
import cn.kunming.kjj.carrier.eligibility.Facts;
import cn.kunming.kjj.carrier.security.Role;
import cn.kunming.kjj.carrier.support.As;
import cn.kunming.kjj.carrier.support.Fixtures;
import cn.kunming.kjj.carrier.support.MovableClock;
import cn.kunming.kjj.carrier.support.PortalSpringTest;
import cn.kunming.kjj.carrier.support.Scenarios;
import cn.kunming.kjj.carrier.tenant.ActivationStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@PortalSpringTest
@Transactional
public class DossierServiceTest {

    @Autowired
    DossierService dossiers;

    @Autowired

    DossierListService dossierList;
    @Autowired
    CallService calls;
    @Autowired
    Fixtures fixtures;
    @Autowired
    MovableClock clock;

    @AfterEach
    void reset() {
        As.signOut();
        clock.reset();
    }

    private UnitId applicantOf(String tenant) {
        UnitId unit = fixtures.unit(tenant, ActivationStatus.ACTIVE);
        As.user(Fixtures.unique("").hashCode() & 0xffff, Role.APPLICANT, tenant, unit);
        return unit;
    }

    @Test
    void oneDossierPerUnitKindAndCall() {
        CallId call = Scenarios.openCall(calls);
        applicantOf("530102");
        DossierId first = dossiers.open(call, CarrierKind.CONCEPT_CENTER);
        assertThat(dossiers.open(call, CarrierKind.CONCEPT_CENTER)).isEqualTo(first);
        assertThat(dossiers.open(call, CarrierKind.PILOT_PLATFORM)).isNotEqualTo(first);
    }

    @Test
    void aNewDraftDeclaresNothingOnTheApplicantsBehalfSoTheLegalPersonRuleFailsUntilItIsTicked() {
        CallId call = Scenarios.openCall(calls);
        applicantOf("530102");
        DossierId id = dossiers.open(call, CarrierKind.CONCEPT_CENTER);
        var facts = dossiers.find(id).orElseThrow().content().facts();
        assertThat(facts.independentLegalPerson()).as("具备独立法人资格 not ticked for the applicant").isFalse();
        assertThat(facts.registeredInKunming()).as("在昆明市内合法经营 not ticked for the applicant").isFalse();
        assertThat(dossiers.check(id).evaluation().result("C2.1").outcome())
                .isEqualTo(cn.kunming.kjj.carrier.eligibility.Outcome.FAIL);
    }

    @Test
    void aMillionCharacterTextIsRefusedOnTheServerAndTheDraftStaysAsItWas() {
        DossierContent base = Scenarios.eligibleContent();
        Dossier saved = eligibleDraftOfAnApplicant();
        DossierId id = saved.id();
        DossierContent huge = new DossierContent(base.facts(), base.services(), "制".repeat(1_000_000), true,
                base.team(), base.advisors(), base.reserveProjects(), base.performanceEvidence(), base.industryField());
        assertThatThrownBy(() -> dossiers.saveDraft(id, saved.version(), huge)).hasMessage("input.tooLongField");
        assertThat(dossiers.find(id).orElseThrow().version()).isEqualTo(saved.version());
        assertThat(dossiers.find(id).orElseThrow().content().managementSystems()).isEqualTo(base.managementSystems());
    }

    @Test
    void aProposedNameOneCharacterOverItsLimitIsRefusedOnTheServerAndOneAtTheLimitIsSaved() {
        DossierContent base = Scenarios.eligibleContent();
        Dossier saved = eligibleDraftOfAnApplicant();
        DossierId id = saved.id();
        String oneOver = "昆明市" + "名".repeat(Facts.MAX_NAME_LENGTH - 8) + "概念验证中心";
        assertThat(oneOver.codePointCount(0, oneOver.length())).isEqualTo(Facts.MAX_NAME_LENGTH + 1);
        assertThatThrownBy(() -> dossiers.saveDraft(id, saved.version(), named(base, oneOver)))
                .hasMessage("input.tooLongField");
        assertThat(dossiers.find(id).orElseThrow().version()).isEqualTo(saved.version());
        String fits = oneOver.substring(1);
        Dossier longest = dossiers.saveDraft(id, saved.version(), named(base, fits)).dossier();
        assertThat(longest.content().facts().name()).isEqualTo(fits);
    }

    /** A dossier of the demo call opened by an applicant of 530102, saved once with eligible content. */
    private Dossier eligibleDraftOfAnApplicant() {
        CallId call = Scenarios.openCall(calls);
        applicantOf("530102");
        DossierId id = dossiers.open(call, CarrierKind.CONCEPT_CENTER);
        return dossiers.saveDraft(id, 0, Scenarios.eligibleContent()).dossier();
    }

    private static DossierContent named(DossierContent c, String name) {
        var f = c.facts();
        Facts renamed = new Facts(f.kind(), name, f.submittedOn(), f.hostType(), f.independentLegalPerson(),
                f.registeredInKunming(), f.siteAreaSqm(), f.operatingTeam(), f.headExperienced(), f.advisors(),
                f.techBrokers(), f.reserveProjects(), f.servicesInLastTwoYears(), f.seriousDishonestyListed(),
                f.majorIncidentInLastYear(), f.poc(), f.pilot());
        return new DossierContent(renamed, c.services(), c.managementSystems(), c.commitment(), c.team(),
                c.advisors(), c.reserveProjects(), c.performanceEvidence(), c.industryField());
    }

    @Test
    void aDraftIsSavedWithTheTimeAndAStaleSaveIsRefused() {
        CallId call = Scenarios.openCall(calls);
        applicantOf("530102");
        DossierId id = dossiers.open(call, CarrierKind.CONCEPT_CENTER);
        Dossier saved = dossiers.saveDraft(id, 0, Scenarios.eligibleContent()).dossier();
        assertThat(saved.content().facts().name()).isEqualTo("昆明市生物医药概念验证中心");
        assertThat(saved.lastSavedAt()).isNotNull();
        assertThatThrownBy(() -> dossiers.saveDraft(id, 0, Scenarios.eligibleContent())).isInstanceOf(ConcurrentEditException.class);
    }

    @Test
    void anAutosaveAnswersWithTheDossierAsStoredAndItsCheckAsSavedInOneCall() {
        CallId call = Scenarios.openCall(calls);
        applicantOf("530102");
        DossierId id = dossiers.open(call, CarrierKind.CONCEPT_CENTER);
        DossierContent eligible = Scenarios.eligibleContent();
        SavedDraft first = dossiers.saveDraft(id, 0, eligible);
        Dossier stored = dossiers.find(id).orElseThrow();
        assertThat(first.dossier().version()).isEqualTo(stored.version()).isEqualTo(1);
        assertThat(first.dossier().lastSavedAt()).isEqualTo(stored.lastSavedAt());
        assertThat(first.dossier().lastSavedBy()).isEqualTo(stored.lastSavedBy());
        assertThat(first.check()).usingRecursiveComparison().isEqualTo(dossiers.check(id));

        Facts f = eligible.facts();
        Facts noName = new Facts(f.kind(), "", f.submittedOn(), f.hostType(), f.independentLegalPerson(),
                f.registeredInKunming(), f.siteAreaSqm(), f.operatingTeam(), f.headExperienced(), f.advisors(),
                f.techBrokers(), f.reserveProjects(), f.servicesInLastTwoYears(), f.seriousDishonestyListed(),
                f.majorIncidentInLastYear(), f.poc(), f.pilot());
        DossierContent unnamed = new DossierContent(noName, eligible.services(),
                eligible.managementSystems(), eligible.commitment(), eligible.team(), eligible.advisors(),
                eligible.reserveProjects(), eligible.performanceEvidence(), eligible.industryField());
        SavedDraft second = dossiers.saveDraft(id, first.dossier().version(), unnamed);
        assertThat(second.check().missing()).extracting(SubmissionCheck.Missing::key).contains("dossier.missing.name");
        assertThat(first.check().missing()).extracting(SubmissionCheck.Missing::key).doesNotContain("dossier.missing.name");
    }

    @Test
    void submissionListsWhatIsMissingAndRefusesUntilFixed() {
        CallId call = Scenarios.openCall(calls);
        applicantOf("530102");
        DossierId id = dossiers.open(call, CarrierKind.CONCEPT_CENTER);
        SubmissionCheck check = dossiers.check(id);
        assertThat(check.missing()).extracting(SubmissionCheck.Missing::key).containsExactly(
                "dossier.missing.name", "dossier.missing.services", "dossier.missing.managementSystems",
                "dossier.missing.commitment");
        assertThatThrownBy(() -> dossiers.submit(id, 0, true)).hasMessage("dossier.missing.name");
    }

    @Test
    void anEligibleDossierIsSubmittedAsVersionOneJudgedByTheRulesOfThatDayAndThenLocked() {
        CallId call = Scenarios.openCall(calls);
        applicantOf("530102");
        DossierId id = dossiers.open(call, CarrierKind.CONCEPT_CENTER);
        Dossier draft = dossiers.saveDraft(id, 0, Scenarios.eligibleContent()).dossier();
        DossierVersion v1 = dossiers.submit(id, draft.version(), false);
        assertThat(v1.number()).isEqualTo(1);
        assertThat(v1.eligible()).isTrue();
        assertThat(v1.ruleSetVersion()).isEqualTo("KM-2025-2");
        assertThat(v1.content().facts().submittedOn()).isEqualTo(calls.now().toLocalDate());
        assertThat(dossiers.find(id).orElseThrow().status()).isEqualTo(DossierStatus.SUBMITTED);
        assertThatThrownBy(() -> dossiers.saveDraft(id, draft.version() + 1, Scenarios.eligibleContent())).hasMessage("dossier.locked");
        assertThat(dossiers.versions(id)).extracting(DossierVersion::number).containsExactly(1);
    }

    @Test
    void aFailedConditionNeedsAnExplicitAcknowledgementThatReviewersSee() {
        CallId call = Scenarios.openCall(calls);
        applicantOf("530102");
        DossierId id = dossiers.open(call, CarrierKind.CONCEPT_CENTER);
        DossierContent small = Scenarios.eligibleContent();
        Facts f = small.facts();
        Facts tooSmall = new Facts(f.kind(), f.name(), null, f.hostType(), true, true, new BigDecimal("150"), 6, true,
                5, 1, 3, true, false, false, f.poc(), null);
        Dossier draft = dossiers.saveDraft(id, 0, new DossierContent(tooSmall, small.services(), "制度", true)).dossier();
        assertThatThrownBy(() -> dossiers.submit(id, draft.version(), false))
                .hasMessage("dossier.failuresNeedAcknowledgement");
        DossierVersion v1 = dossiers.submit(id, draft.version(), true);
        assertThat(v1.eligible()).isFalse();
        assertThat(v1.failAcknowledged()).isTrue();
    }

    @Test
    void aClosedCallRefusesTheSubmission() {
        CallId call = Scenarios.openCall(calls);
        applicantOf("530102");
        DossierId id = dossiers.open(call, CarrierKind.CONCEPT_CENTER);
        Dossier draft = dossiers.saveDraft(id, 0, Scenarios.eligibleContent()).dossier();
        clock.advance(Duration.ofDays(11));
        assertThatThrownBy(() -> dossiers.submit(id, draft.version(), false)).hasMessage("call.closed");
    }

    @Test
    void aUnitWaitingForActivationCannotOpenADossier() {
        CallId call = Scenarios.openCall(calls);
        UnitId unit = fixtures.unit("530102", ActivationStatus.PENDING);
        As.user(77, Role.APPLICANT, "530102", unit);
        assertThatThrownBy(() -> dossiers.open(call, CarrierKind.CONCEPT_CENTER)).hasMessage("dossier.unitNotActive");
    }

    @Test
    void anotherUnitAndAnotherTenantCannotSeeTheDossierButItsDistrictAndTheBureauCan() {
        CallId call = Scenarios.openCall(calls);
        applicantOf("530102");
        DossierId id = dossiers.open(call, CarrierKind.CONCEPT_CENTER);

        applicantOf("530102");
        assertThat(dossiers.find(id)).isEmpty();
        As.role(Role.DISTRICT_OFFICER, "530103");
        assertThat(dossiers.find(id)).isEmpty();
        assertThat(dossierList.ofCall(call)).extracting(Dossier::id).doesNotContain(id);
        As.role(Role.DISTRICT_OFFICER, "530102");
        assertThat(dossiers.find(id)).isPresent();
        As.role(Role.BUREAU_OFFICER, "KMKJJ");
        assertThat(dossierList.ofCall(call)).extracting(Dossier::id).contains(id);
    }

    @Test
    void listsOfPeopleAndProjectsThatContradictTheNumbersRefuseTheSubmission() {
        CallId call = Scenarios.openCall(calls);
        applicantOf("530102");
        DossierId id = dossiers.open(call, CarrierKind.CONCEPT_CENTER);
        DossierContent base = Scenarios.eligibleContent();
        DossierContent contradicting = new DossierContent(base.facts(), base.services(), base.managementSystems(), true,
                List.of(new TeamMember("甲", "", "", false), new TeamMember("乙", "", "", false)), List.of(),
                List.of(new ReserveProject("项目一", "生物医药", "小试")), "案例", "生物医药");
        Dossier draft = dossiers.saveDraft(id, 0, contradicting).dossier();
        assertThat(dossiers.check(id).missing()).extracting(SubmissionCheck.Missing::key)
                .containsExactly("dossier.missing.teamCounts", "dossier.missing.projectCount");
        assertThatThrownBy(() -> dossiers.submit(id, draft.version(), true)).hasMessage("dossier.missing.teamCounts");
    }
}
