package cn.kunming.kjj.carrier.review;

import cn.kunming.kjj.carrier.common.CallId;
import cn.kunming.kjj.carrier.common.DossierId;
import cn.kunming.kjj.carrier.common.ExpertId;
import cn.kunming.kjj.carrier.expert.Expert;
import cn.kunming.kjj.carrier.expert.ExpertDraft;
import cn.kunming.kjj.carrier.expert.ExpertService;
import cn.kunming.kjj.carrier.expertreview.RecordedDraw;
import cn.kunming.kjj.carrier.security.Role;
import cn.kunming.kjj.carrier.support.As;
import cn.kunming.kjj.carrier.support.Fixtures;
import cn.kunming.kjj.carrier.support.PortalSpringTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** 随机抽取 (P4.4, issue 25): the bureau's one-click assignment draws at random, rotates the pool, and keeps the draw. */
@PortalSpringTest
@Transactional
class ExpertDrawServiceTest {

    private static final String DISTRICT = ReviewScenario.DISTRICT;

    @Autowired
    ReviewScenario scenario;
    @Autowired
    ReviewAssignmentService assignments;
    @Autowired
    ExpertService experts;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        As.signOut();
    }

    private List<DossierId> recommendedOfOneField(String field, int count) {
        CallId call = scenario.openCall();
        List<DossierId> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            DossierId id = scenario.submitted(call, DISTRICT, field).dossierId();
            scenario.recommend(id, DISTRICT);
            ids.add(id);
        }
        return ids;
    }

    private List<ExpertId> expertsOf(String field, int count) {
        As.role(Role.BUREAU_OFFICER, "KMKJJ");
        List<ExpertId> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ids.add(experts.create(new ExpertDraft("抽取专家" + i, List.of(field), "研究员", Fixtures.unique("某研究院"),
                    null, "0871-1", "", true)));
        }
        return ids;
    }

    @Test
    void elevenDossiersOfOneFieldWithSixtyEligibleExpertsNeverShareAPanelOrAnExpert() {
        String field = Fixtures.unique("抽取领域甲");
        List<DossierId> dossiers = recommendedOfOneField(field, 11);
        List<ExpertId> pool = expertsOf(field, 60);
        As.role(Role.BUREAU_OFFICER, "KMKJJ");
        Set<Set<ExpertId>> panels = new HashSet<>();
        List<ExpertId> everyone = new ArrayList<>();
        for (DossierId d : dossiers) {
            List<ExpertId> panel = assignments.propose(d, false).experts().stream().map(Expert::id).toList();
            assertThat(panel).hasSize(3);
            assertThat(pool).containsAll(panel);
            panels.add(Set.copyOf(panel));
            everyone.addAll(panel);
        }
        assertThat(panels).hasSize(11);
        // the pool rotates: nobody gets a second dossier while 27 of the field have none
        assertThat(everyone).doesNotHaveDuplicates();
    }

    @Test
    void eachDrawIsRecordedWithItsSeedAndCandidatesAndReplaysToTheSameExperts() {
        String field = Fixtures.unique("抽取领域乙");
        DossierId dossier = recommendedOfOneField(field, 1).getFirst();
        List<ExpertId> pool = expertsOf(field, 7);
        As.role(Role.BUREAU_OFFICER, "KMKJJ");
        List<ExpertId> chosen = assignments.propose(dossier, false).experts().stream().map(Expert::id).toList();

        RecordedDraw draw = assignments.draws(dossier).getLast();
        assertThat(draw.chosen()).isEqualTo(chosen);
        assertThat(draw.replay()).isEqualTo(chosen);
        assertThat(draw.widened()).isFalse();
        assertThat(draw.candidates().split(",")).hasSize(7)
                .allSatisfy(c -> assertThat(pool).contains(ExpertId.of(Long.parseLong(c.split(":")[0]))));
        assertThat(assignments.ofDossier(dossier)).extracting(a -> a.expertId())
                .containsExactlyInAnyOrderElementsOf(chosen);
        assertThat(jdbc.queryForObject("select detail from audit_event where action = 'EXPERTS_DRAWN' and entity_id = ?"
                + " and rule_id = 'P4.4'", String.class, String.valueOf(dossier)))
                .contains("draw #" + draw.id()).contains("seed " + draw.seed());
    }

    @Test
    void theBureauSeesEachCandidatesOpenReviewsAndTheLeastLoadedComeFirst() {
        String field = Fixtures.unique("抽取领域丙");
        List<DossierId> dossiers = recommendedOfOneField(field, 2);
        expertsOf(field, 5);
        As.role(Role.BUREAU_OFFICER, "KMKJJ");
        List<ExpertId> first = assignments.propose(dossiers.getFirst(), false).experts().stream().map(Expert::id).toList();
        List<Candidate> candidates = assignments.candidates(dossiers.get(1));
        assertThat(candidates).filteredOn(c -> first.contains(c.expert().id())).extracting(Candidate::load)
                .containsOnly(1);
        assertThat(candidates).filteredOn(c -> c.fieldMatches() > 0).hasSize(5).extracting(Candidate::load).isSorted();
        // the second draw takes the two who have none before any of the first panel
        List<ExpertId> second = assignments.propose(dossiers.get(1), false).experts().stream().map(Expert::id).toList();
        assertThat(second.subList(0, 2)).doesNotContainAnyElementsOf(first);
    }
}
