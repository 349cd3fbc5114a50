package cn.kunming.kjj.carrier.review;

import cn.kunming.kjj.carrier.common.CallId;
import cn.kunming.kjj.carrier.common.DossierId;
import cn.kunming.kjj.carrier.common.Messages;
import cn.kunming.kjj.carrier.dossier.Dossier;
import cn.kunming.kjj.carrier.dossier.DossierService;
import cn.kunming.kjj.carrier.dossier.DossierStatus;
import cn.kunming.kjj.carrier.dossier.RuleAcknowledgement;
import cn.kunming.kjj.carrier.dossier.UnacknowledgedRulesException;
import cn.kunming.kjj.carrier.security.Role;
import cn.kunming.kjj.carrier.support.As;
import cn.kunming.kjj.carrier.support.PortalSpringTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issue 25, part 4: recommending or proposing a dossier that fails rules of Art. 2–3 goes only with the officer's
 * acknowledgement of exactly those rules, which the audit keeps; a raw call, or an acknowledgement the dossier has
 * outgrown, is refused naming the rules, and nothing changes.
 */
@PortalSpringTest
@Transactional
class DoubtfulDecisionTest {

    @Autowired
    ReviewScenario scenario;
    @Autowired
    RecommendationService recommendations;
    @Autowired
    DecisionService decisions;
    @Autowired
    DossierService dossiers;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        As.signOut();
    }

    private ReviewScenario.Submitted failingC23a() {
        return scenario.submitted(scenario.openCall(), ReviewScenario.DISTRICT, "合成生物", ReviewScenario.failing(150, 3));
    }

    private DistrictReview recommend(DossierId id, RuleAcknowledgement seen) {
        scenario.district(ReviewScenario.DISTRICT);
        List<ChecklistItem> items = ReviewScenario.allPresent(recommendations.workspace(id).checklist());
        return recommendations.decide(id, DistrictAction.RECOMMEND, items, "材料齐全，存在场地不足情况", null, seen);
    }

    private Map<String, Object> state(DossierId id) {
        return Map.of("dossier", jdbc.queryForMap("select status, version from dossier where id = ?", id.value()),
                "reviews", jdbc.queryForObject("select count(*) from district_review where dossier_id = ?", Long.class, id.value()),
                "audit", jdbc.queryForObject("select count(*) from audit_event where entity_type = 'DOSSIER' and entity_id = ?",
                        Long.class, String.valueOf(id.value())));
    }

    private String lastDetail(DossierId id, String action) {
        return jdbc.queryForObject("select detail from audit_event where entity_type = 'DOSSIER' and entity_id = ? "
                + "and action = ? order by id desc limit 1", String.class, String.valueOf(id.value()), action);
    }

    @Test
    void theWorkspaceListsTheRulesADossierFailsWithTheirIds() {
        ReviewScenario.Submitted s = failingC23a();
        scenario.district(ReviewScenario.DISTRICT);
        assertThat(cn.kunming.kjj.carrier.dossier.FailedRules.failed(recommendations.workspace(s.dossierId()).evaluation()))
                .containsExactly("C2.3a");
    }

    @Test
    void aRecommendationWithoutAcknowledgingTheFailedRulesIsRefusedNamingThemAndChangesNothing() {
        ReviewScenario.Submitted s = failingC23a();
        Map<String, Object> before = state(s.dossierId());
        assertThatThrownBy(() -> recommend(s.dossierId(), RuleAcknowledgement.none()))
                .isInstanceOfSatisfying(UnacknowledgedRulesException.class,
                        e -> assertThat(Messages.of(e, Messages.CHINESE)).contains("C2.3a"));
        assertThat(state(s.dossierId())).isEqualTo(before);
    }

    @Test
    void theOldSignatureActsAsARawCallThatAcknowledgedNothing() {
        ReviewScenario.Submitted s = failingC23a();
        scenario.district(ReviewScenario.DISTRICT);
        List<ChecklistItem> items = ReviewScenario.allPresent(recommendations.workspace(s.dossierId()).checklist());
        assertThatThrownBy(() -> recommendations.decide(s.dossierId(), DistrictAction.RECOMMEND, items, "同意", null))
                .isInstanceOf(UnacknowledgedRulesException.class);
    }

    @Test
    void anAcknowledgementOfOtherRulesOrOfAnotherDossierDoesNotCount() {
        ReviewScenario.Submitted s = failingC23a();
        assertThatThrownBy(() -> recommend(s.dossierId(), RuleAcknowledgement.of(s.dossierId(), List.of("C2.4a"))))
                .isInstanceOf(UnacknowledgedRulesException.class);
        assertThatThrownBy(() -> recommend(s.dossierId(), RuleAcknowledgement.of(DossierId.of(s.dossierId().value() + 1),
                List.of("C2.3a")))).isInstanceOf(UnacknowledgedRulesException.class);
        assertThat(jdbc.queryForObject("select status from dossier where id = ?", String.class, s.dossierId().value()))
                .isEqualTo("SUBMITTED");
    }

    @Test
    void aRecommendationAcknowledgingExactlyTheFailedRulesGoesAndTheAuditRecordsThatTheOfficerSawThem() {
        ReviewScenario.Submitted s = failingC23a();
        recommend(s.dossierId(), RuleAcknowledgement.of(s.dossierId(), List.of("C2.3a")));
        assertThat(jdbc.queryForObject("select status from dossier where id = ?", String.class, s.dossierId().value()))
                .isEqualTo("RECOMMENDED");
        assertThat(lastDetail(s.dossierId(), "DOSSIER_RECOMMENDED"))
                .contains("failed rules shown and acknowledged: C2.3a").contains("存在场地不足情况");
    }

    @Test
    void anEligibleDossierNeedsNoAcknowledgementAndItsAuditSaysNothingOfRules() {
        ReviewScenario.Submitted s = scenario.submitted(scenario.openCall(), ReviewScenario.DISTRICT);
        recommend(s.dossierId(), RuleAcknowledgement.none());
        assertThat(lastDetail(s.dossierId(), "DOSSIER_RECOMMENDED")).doesNotContain("acknowledged");
    }

    @Test
    void aReturnOrNotRecommendingAsksForNoAcknowledgement() {
        ReviewScenario.Submitted s = failingC23a();
        scenario.district(ReviewScenario.DISTRICT);
        List<ChecklistItem> items = ReviewScenario.allPresent(recommendations.workspace(s.dossierId()).checklist());
        recommendations.decide(s.dossierId(), DistrictAction.NOT_RECOMMEND, items, "场地不足", null);
        assertThat(jdbc.queryForObject("select status from dossier where id = ?", String.class, s.dossierId().value()))
                .isEqualTo("NOT_RECOMMENDED");
    }

    @Test
    void aStaleAcknowledgementIsRefusedWhenTheDossierWasResubmittedFailingAnotherRule() {
        ReviewScenario.Submitted s = failingC23a();
        // the officer opened version 1 (failing C2.3a); meanwhile it was returned and resubmitted failing C2.4a
        scenario.district(ReviewScenario.DISTRICT);
        List<ChecklistItem> items = new ArrayList<>(ReviewScenario.allPresent(
                recommendations.workspace(s.dossierId()).checklist()));
        items.set(0, new ChecklistItem(items.getFirst().code(), Verdict.PROBLEM, "场地证明缺失"));
        recommendations.decide(s.dossierId(), DistrictAction.RETURN, items, "请补充", LocalDate.now().plusDays(10));
        As.signIn(s.applicant());
        Dossier returned = dossiers.find(s.dossierId()).orElseThrow();
        dossiers.saveDraft(returned.id(), returned.version(),
                returned.content().withFacts(ReviewScenario.failing(200, 2)));
        Dossier revised = dossiers.find(s.dossierId()).orElseThrow();
        dossiers.submit(revised.id(), revised.version(), true);
        As.signOut();

        Map<String, Object> before = state(s.dossierId());
        assertThatThrownBy(() -> recommend(s.dossierId(), RuleAcknowledgement.of(s.dossierId(), List.of("C2.3a"))))
                .isInstanceOfSatisfying(UnacknowledgedRulesException.class,
                        e -> assertThat(Messages.of(e, Messages.CHINESE)).contains("C2.4a"));
        assertThat(state(s.dossierId())).isEqualTo(before);
        recommend(s.dossierId(), RuleAcknowledgement.of(s.dossierId(), Set.of("C2.4a")));
        assertThat(lastDetail(s.dossierId(), "DOSSIER_RECOMMENDED")).contains("C2.4a").doesNotContain("C2.3a");
    }

    /** A failing dossier taken to REVIEWED: recommended with its rules acknowledged, scored by three experts. */
    private ReviewScenario.Submitted reviewedFailing(CallId call) {
        ReviewScenario.Submitted s = scenario.submitted(call, ReviewScenario.DISTRICT, "合成生物",
                ReviewScenario.failing(150, 3));
        recommend(s.dossierId(), RuleAcknowledgement.of(s.dossierId(), List.of("C2.3a")));
        As.signOut();
        ReviewScenario.ExpertLogin a = scenario.expert("甲");
        ReviewScenario.ExpertLogin b = scenario.expert("乙");
        ReviewScenario.ExpertLogin c = scenario.expert("丙");
        scenario.assign(s.dossierId(), a, b, c);
        scenario.score(a, s.dossierId(), 70);
        scenario.score(b, s.dossierId(), 70);
        scenario.score(c, s.dossierId(), 70);
        return s;
    }

    @Test
    void proposingAFailingDossierAtTheMeetingNeedsTheBureausAcknowledgementAndTheAuditKeepsIt() {
        CallId call = scenario.openCall();
        ReviewScenario.Submitted s = reviewedFailing(call);
        As.role(Role.BUREAU_OFFICER, "KMKJJ");
        assertThat(decisions.candidates(call)).filteredOn(c -> c.dossier().id().equals(s.dossierId()))
                .singleElement().satisfies(c -> assertThat(c.failedRules()).containsExactly("C2.3a"));
        List<DecisionLine> lines = List.of(new DecisionLine(s.dossierId(), DecisionOutcome.PROPOSED, ""));
        Map<String, Object> before = state(s.dossierId());
        long meetings = jdbc.queryForObject("select count(*) from bureau_meeting", Long.class);
        assertThatThrownBy(() -> decisions.recordMeeting(call, LocalDate.now(), "纪要1", lines))
                .isInstanceOfSatisfying(UnacknowledgedRulesException.class,
                        e -> assertThat(Messages.of(e, Messages.CHINESE)).contains("C2.3a"));
        assertThat(state(s.dossierId())).isEqualTo(before);
        assertThat(jdbc.queryForObject("select count(*) from bureau_meeting", Long.class)).isEqualTo(meetings);

        decisions.recordMeeting(call, LocalDate.now(), "纪要2", lines, RuleAcknowledgement.of(s.dossierId(), List.of("C2.3a")));
        assertThat(jdbc.queryForObject("select status from dossier where id = ?", String.class, s.dossierId().value()))
                .isEqualTo(DossierStatus.PROPOSED.name());
        assertThat(lastDetail(s.dossierId(), "DOSSIER_PROPOSED")).contains("纪要2").contains("acknowledged: C2.3a");
    }

    @Test
    void rejectingAFailingDossierAtTheMeetingNeedsNoAcknowledgement() {
        CallId call = scenario.openCall();
        ReviewScenario.Submitted s = reviewedFailing(call);
        As.role(Role.BUREAU_OFFICER, "KMKJJ");
        decisions.recordMeeting(call, LocalDate.now(), "纪要3",
                List.of(new DecisionLine(s.dossierId(), DecisionOutcome.REJECTED, "场地不足")));
        assertThat(jdbc.queryForObject("select status from dossier where id = ?", String.class, s.dossierId().value()))
                .isEqualTo(DossierStatus.REJECTED.name());
    }
}
