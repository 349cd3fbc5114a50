package cn.kunming.kjj.carrier.expertreview;

import cn.kunming.kjj.carrier.common.ExpertId;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ExpertDrawTest {

    private static ExpertDraw.Entrant e(long id, boolean inField, int load) {
        return new ExpertDraw.Entrant(ExpertId.of(id), inField, load);
    }

    private static final List<ExpertDraw.Entrant> POOL = IntStream.rangeClosed(1, 20)
            .mapToObj(i -> e(i, i <= 12, i % 3)).toList();

    @Test
    void theSameSeedAndCandidatesDrawTheSameExpertsWhateverOrderTheCandidatesCameIn() {
        List<ExpertDraw.Entrant> reversed = POOL.reversed();
        assertThat(ExpertDraw.draw(reversed, 3, 42L)).isEqualTo(ExpertDraw.draw(POOL, 3, 42L));
    }

    @Test
    void differentSeedsDrawDifferentPanelsFromOneTier() {
        List<ExpertDraw.Entrant> tier = IntStream.rangeClosed(1, 30).mapToObj(i -> e(i, true, 0)).toList();
        Set<List<ExpertId>> panels = new HashSet<>();
        for (long seed = 0; seed < 20; seed++) {
            panels.add(ExpertDraw.draw(tier, 3, seed));
        }
        assertThat(panels).hasSizeGreaterThan(15);
    }

    @Test
    void theFieldsExpertsComeBeforeOthersAndFewerOpenReviewsBeforeMore() {
        List<ExpertDraw.Entrant> pool = List.of(e(1, false, 0), e(2, true, 2), e(3, true, 0), e(4, true, 1),
                e(5, false, 0));
        assertThat(ExpertDraw.draw(pool, 5, 7L)).startsWith(ExpertId.of(3), ExpertId.of(4), ExpertId.of(2));
        assertThat(ExpertDraw.draw(pool, 1, 7L)).containsExactly(ExpertId.of(3));
    }

    @Test
    void askingForMoreThanAreEligibleDrawsAllOfThem() {
        assertThat(ExpertDraw.draw(List.of(e(1, true, 0), e(2, true, 0)), 3, 1L)).hasSize(2);
        assertThat(ExpertDraw.draw(List.of(), 3, 1L)).isEmpty();
    }

    @Test
    void theRecordedCandidatesReadBackAsTheyWereAndReplayTheDraw() {
        String described = ExpertDraw.describe(POOL);
        assertThat(described).startsWith("1:F:1,2:F:2,3:F:0");
        assertThat(ExpertDraw.parse(described)).containsExactlyElementsOf(POOL);
        RecordedDraw recorded = new RecordedDraw(1, new Subject(SubjectType.DOSSIER, 9), 99L, described,
                ExpertDraw.draw(POOL, 3, 99L), false, "bureau", java.time.LocalDateTime.of(2026, 12, 5, 9, 0));
        assertThat(recorded.replay()).isEqualTo(recorded.chosen());
    }

    @Test
    void aNegativeLoadIsNoLoad() {
        assertThatThrownBy(() -> e(1, true, -1)).isInstanceOf(IllegalArgumentException.class);
    }
}
