package cn.kunming.kjj.carrier.review.ui;

import cn.kunming.kjj.carrier.common.CallId;
import cn.kunming.kjj.carrier.common.ui.WaitingTime;
import cn.kunming.kjj.carrier.review.BoardRow;
import cn.kunming.kjj.carrier.review.RecommendationService;
import cn.kunming.kjj.carrier.review.ReviewSchedule;
import cn.kunming.kjj.carrier.review.ReviewScenario;
import cn.kunming.kjj.carrier.security.Role;
import cn.kunming.kjj.carrier.support.As;
import cn.kunming.kjj.carrier.support.KaribuTest;
import cn.kunming.kjj.carrier.support.MovableClock;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

/** The bureau's board counts the days a recommended dossier has waited and those left to the review deadline. */
class WaitingTimeOnReviewListsTest extends KaribuTest {

    @Autowired
    ReviewScenario scenario;
    @Autowired
    RecommendationService recommendations;
    @Autowired
    MovableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private void today(LocalDate day) {
        clock.set(day.atTime(9, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant());
    }

    @Test
    void aRecommendedDossierShowsItsDaysWaitingAndTimeLeftAndIsMarkedOnceTheReviewDeadlineHasPassed() {
        today(LocalDate.of(2026, 9, 1));
        CallId call = scenario.openCall();
        ReviewScenario.Submitted s = scenario.submitted(call, ReviewScenario.DISTRICT);
        scenario.recommend(s.dossierId(), ReviewScenario.DISTRICT);
        As.role(Role.BUREAU_OFFICER, "KMKJJ");
        recommendations.setSchedule(new ReviewSchedule(call, null, LocalDate.of(2026, 9, 11)));
        As.signOut();

        today(LocalDate.of(2026, 9, 4));
        login(Role.BUREAU_OFFICER, "KMKJJ");
        ReviewBoardView board = (ReviewBoardView) navigate(ReviewBoardView.ROUTE + "?call=" + call);
        MockVaadin.clientRoundtrip(false);
        BoardRow row = GridKt._get(board.grid, 0);
        assertThat(GridKt._getFormatted(board.grid, 0, "daysWaiting")).isEqualTo("3");
        assertThat(GridKt._getFormatted(board.grid, 0, "timeLeft")).isEqualTo("还有 7 天");
        assertThat(board.grid.getPartNameGenerator().apply(row)).isNull();

        today(LocalDate.of(2026, 9, 13));
        ReviewBoardView late = (ReviewBoardView) navigate(ReviewBoardView.ROUTE + "?call=" + call);
        MockVaadin.clientRoundtrip(false);
        assertThat(GridKt._getFormatted(late.grid, 0, "timeLeft")).isEqualTo("逾期 2 天");
        assertThat(late.grid.getPartNameGenerator().apply(GridKt._get(late.grid, 0)))
                .isEqualTo(WaitingTime.OVERDUE_PART);
    }
}
