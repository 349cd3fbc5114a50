package cn.kunming.kjj.carrier.review;

import cn.kunming.kjj.carrier.common.CallId;
import cn.kunming.kjj.carrier.call.CallService;
import cn.kunming.kjj.carrier.security.Role;
import cn.kunming.kjj.carrier.support.As;
import cn.kunming.kjj.carrier.support.MovableClock;
import cn.kunming.kjj.carrier.support.PortalSpringTest;
import cn.kunming.kjj.carrier.support.Scenarios;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The review dates of a call are checked against each other and against the call (P4.1, P4.3, P4.4). */
@PortalSpringTest
@Transactional
class ReviewScheduleDatesTest {

    @Autowired
    RecommendationService recommendations;
    @Autowired
    CallService calls;
    @Autowired
    MovableClock clock;

    @AfterEach
    void reset() {
        As.signOut();
        clock.reset();
    }

    @Test
    void eachDateIsRefusedOneDayBeforeItsBoundAndTakenOnIt() {
        clock.set(LocalDate.of(2027, 3, 1).atTime(10, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant());
        CallId call = Scenarios.openCall(calls);
        As.role(Role.BUREAU_OFFICER, "KMKJJ");
        LocalDate closes = calls.all().stream().filter(c -> c.id().equals(call)).findFirst().orElseThrow().closesAt().toLocalDate();

        assertThatThrownBy(() -> recommendations.setSchedule(new ReviewSchedule(call, closes.minusDays(1), null)))
                .hasMessage("schedule.recommendBeforeClosing");
        assertThatThrownBy(() -> recommendations.setSchedule(new ReviewSchedule(call, closes, closes.minusDays(1))))
                .hasMessage("schedule.reviewBeforeRecommend");
        assertThatThrownBy(() -> recommendations.setSchedule(new ReviewSchedule(call, null, LocalDate.of(2027, 2, 28))))
                .hasMessage("schedule.reviewInPast");
        assertThatThrownBy(() -> recommendations.setSchedule(new ReviewSchedule(call, LocalDate.of(2027, 2, 28), null)))
                .hasMessage("schedule.recommendInPast");
        recommendations.setSchedule(new ReviewSchedule(call, closes, closes));
        assertThat(recommendations.schedule(call).reviewBy()).isEqualTo(closes);

        // weeks later the recommendation date has passed: the bureau still moves the review date alone
        clock.set(closes.plusDays(20).atTime(10, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant());
        As.role(Role.BUREAU_OFFICER, "KMKJJ");
        recommendations.setSchedule(new ReviewSchedule(call, closes, closes.plusDays(30)));
        assertThat(recommendations.schedule(call).reviewBy()).isEqualTo(closes.plusDays(30));
    }
}
