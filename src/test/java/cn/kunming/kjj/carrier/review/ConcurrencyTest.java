package cn.kunming.kjj.carrier.review;

import cn.kunming.kjj.carrier.common.UnitId;
import cn.kunming.kjj.carrier.common.CallId;
import cn.kunming.kjj.carrier.common.DossierId;
import cn.kunming.kjj.carrier.support.Scenarios;
import cn.kunming.kjj.carrier.audit.AuditChain;
import cn.kunming.kjj.carrier.common.CarrierKind;
import cn.kunming.kjj.carrier.common.PortalException;
import cn.kunming.kjj.carrier.dossier.Dossier;
import cn.kunming.kjj.carrier.dossier.DossierContent;
import cn.kunming.kjj.carrier.dossier.SavedDraft;
import cn.kunming.kjj.carrier.dossier.DossierService;
import cn.kunming.kjj.carrier.dossier.DossierStatus;
import cn.kunming.kjj.carrier.security.PortalUser;
import cn.kunming.kjj.carrier.security.Role;
import cn.kunming.kjj.carrier.support.As;
import cn.kunming.kjj.carrier.support.AtOnce;
import cn.kunming.kjj.carrier.support.Fixtures;
import cn.kunming.kjj.carrier.support.PortalSpringTest;
import cn.kunming.kjj.carrier.tenant.ActivationStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * People acting at the same moment, against the committed database (H2 here, MariaDB in the MariaDB build): the
 * second of two conflicting actions is refused with a message and nothing is lost; many submissions and
 * recommendations at once all land, each audited once, and the audit chain holds.
 */
@PortalSpringTest
class ConcurrencyTest {

    @Autowired
    ReviewScenario scenario;
    @Autowired
    DossierService dossiers;
    @Autowired
    RecommendationService recommendations;
    @Autowired
    AuditChain chain;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        As.signOut();
    }

    @Test
    void twoOfficersDecidingTheSameDossierAtOnceOneWinsTheOtherIsToldAndOneActionIsKept() throws Exception {
        DossierId dossier = scenario.submitted(scenario.openCall(), ReviewScenario.DISTRICT).dossierId();
        PortalUser first = As.user(fixtures.account(Role.DISTRICT_OFFICER, ReviewScenario.DISTRICT, null,
                cn.kunming.kjj.carrier.security.AccountStatus.ACTIVE), Role.DISTRICT_OFFICER, ReviewScenario.DISTRICT, null);
        PortalUser second = As.user(fixtures.account(Role.DISTRICT_OFFICER, ReviewScenario.DISTRICT, null,
                cn.kunming.kjj.carrier.security.AccountStatus.ACTIVE), Role.DISTRICT_OFFICER, ReviewScenario.DISTRICT, null);
        var checklist = ReviewScenario.allPresent(recommendations.workspace(dossier).checklist());
        As.signOut();
        List<Object> outcomes = AtOnce.run(List.of(first, second), List.of(
                () -> recommendations.decide(dossier, DistrictAction.RECOMMEND, checklist, "同意推荐", null),
                () -> recommendations.decide(dossier, DistrictAction.NOT_RECOMMEND, checklist, "不予推荐", null)));
        assertThat(outcomes).filteredOn(o -> o instanceof PortalException).hasSize(1);
        assertThat(outcomes).filteredOn(o -> o instanceof DistrictReview).hasSize(1);
        String status = jdbc.queryForObject("select status from dossier where id = ?", String.class, dossier);
        DistrictReview kept = (DistrictReview) outcomes.stream().filter(o -> o instanceof DistrictReview).findFirst().orElseThrow();
        assertThat(status).isEqualTo(kept.action() == DistrictAction.RECOMMEND ? DossierStatus.RECOMMENDED.name()
                : DossierStatus.NOT_RECOMMENDED.name());
        assertThat(jdbc.queryForObject("select count(*) from district_review where dossier_id = ?", Integer.class, dossier))
                .isEqualTo(1);
    }

    @Test
    void twoSavesOfOneDraftFromTheSameVersionKeepOneAndTellTheOther() throws Exception {
        UnitId unit = fixtures.unit(ReviewScenario.DISTRICT, ActivationStatus.ACTIVE);
        CallId call = scenario.openCall();
        PortalUser applicant = As.user(unit.value() + 60_000, Role.APPLICANT, ReviewScenario.DISTRICT, unit);
        DossierId id = dossiers.open(call, CarrierKind.CONCEPT_CENTER);
        As.signOut();
        DossierContent base = Scenarios.eligibleContent();
        DossierContent a = new DossierContent(base.facts(), base.services(), base.managementSystems(), true,
                List.of(), List.of(), List.of(), "窗口甲的案例", "生物医药");
        DossierContent b = new DossierContent(base.facts(), base.services(), base.managementSystems(), true,
                List.of(), List.of(), List.of(), "窗口乙的案例", "新材料");
        List<Object> outcomes = AtOnce.run(List.of(applicant, applicant),
                List.of(() -> dossiers.saveDraft(id, 0, a), () -> dossiers.saveDraft(id, 0, b)));
        assertThat(outcomes).filteredOn(o -> o instanceof PortalException)
                .extracting(o -> ((PortalException) o).messageKey()).containsExactly("error.concurrentEdit");
        Dossier saved = outcomes.stream().filter(o -> o instanceof SavedDraft).map(o -> ((SavedDraft) o).dossier())
                .findFirst().orElseThrow();
        As.signIn(applicant);
        assertThat(dossiers.find(id).orElseThrow().content().performanceEvidence())
                .isEqualTo(saved.content().performanceEvidence());
        assertThat(dossiers.find(id).orElseThrow().version()).isEqualTo(1);
    }

    @Test
    void manySubmissionsAndRecommendationsAtOnceAllLandEachAuditedOnceAndTheChainHolds() throws Exception {
        CallId call = scenario.openCall();
        int n = 24;
        List<PortalUser> applicants = new ArrayList<>();
        List<DossierId> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            UnitId unit = fixtures.unit(ReviewScenario.DISTRICT, ActivationStatus.ACTIVE);
            PortalUser applicant = As.user(unit.value() + 70_000, Role.APPLICANT, ReviewScenario.DISTRICT, unit);
            DossierId id = dossiers.open(call, CarrierKind.CONCEPT_CENTER);
            dossiers.saveDraft(id, 0, Scenarios.eligibleContent());
            applicants.add(applicant);
            ids.add(id);
        }
        As.signOut();
        List<Callable<Object>> submissions = new ArrayList<>();
        for (DossierId id : ids) {
            submissions.add(() -> dossiers.submit(id, 1, false));
        }
        assertThat(AtOnce.run(applicants, submissions)).noneMatch(o -> o instanceof PortalException);

        PortalUser district = As.user(fixtures.account(Role.DISTRICT_OFFICER, ReviewScenario.DISTRICT, null,
                cn.kunming.kjj.carrier.security.AccountStatus.ACTIVE), Role.DISTRICT_OFFICER, ReviewScenario.DISTRICT, null);
        var checklist = ReviewScenario.allPresent(recommendations.workspace(ids.getFirst()).checklist());
        As.signOut();
        List<Callable<Object>> decisions = new ArrayList<>();
        List<PortalUser> officers = new ArrayList<>();
        for (DossierId id : ids) {
            decisions.add(() -> recommendations.decide(id, DistrictAction.RECOMMEND, checklist, "同意推荐", null));
            officers.add(district);
        }
        assertThat(AtOnce.run(officers, decisions)).noneMatch(o -> o instanceof PortalException);

        for (DossierId id : ids) {
            assertThat(jdbc.queryForObject("select status from dossier where id = ?", String.class, id))
                    .isEqualTo(DossierStatus.RECOMMENDED.name());
            assertThat(jdbc.queryForObject("select count(*) from audit_event where entity_type = 'DOSSIER' and entity_id = ?"
                    + " and action = 'DOSSIER_SUBMITTED'", Integer.class, String.valueOf(id))).isEqualTo(1);
        }
        As.role(Role.AUDITOR, null);
        assertThat(chain.verify().intact()).isTrue();
    }

    @org.junit.jupiter.api.Test
    void thirtyChecklistSavesAtOnceAllLandAndLeaveOneDraft() throws Exception {
        ReviewScenario.Submitted s = scenario.submitted(scenario.openCall(), ReviewScenario.DISTRICT);
        PortalUser district = scenario.district(ReviewScenario.DISTRICT);
        As.signOut();
        List<PortalUser> users = new ArrayList<>();
        List<Callable<Object>> saves = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            String opinion = "第" + i + "次保存";
            users.add(district);
            saves.add(() -> {
                recommendations.saveChecklistDraft(s.dossierId(), List.of(), opinion);
                return "saved";
            });
        }
        assertThat(AtOnce.run(users, saves)).containsOnly("saved");
        assertThat(jdbc.queryForObject("select count(*) from checklist_draft where dossier_id = ?", Integer.class,
                s.dossierId())).isEqualTo(1);
    }
}
