package cn.kunming.kjj.carrier.review.ui;

import cn.kunming.kjj.carrier.security.Role;
import cn.kunming.kjj.carrier.support.KaribuTest;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.button.Button;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

/**
 * The bureau's pages of one call, before any call is published or with the choice cleared: acting asks for a call
 * instead of failing (a null call once reached the services as a NullPointerException).
 */
class NoCallChosenTest extends KaribuTest {

    @Test
    void recordingAMeetingWithNoCallChosenAsksForTheCall() {
        login(Role.BUREAU_OFFICER, "KMKJJ");
        DecisionView decision = (DecisionView) navigate("bureau/decision");
        decision.call.clear();
        decision.meetingDate.setValue(LocalDate.now());
        decision.minuteNumber.setValue("局务会纪要〔2026〕1号");

        decision.recordMeeting().confirm();

        NotificationsKt.expectNotifications("请先选择申报通知。");
    }

    @Test
    void savingTheReviewDatesWithNoCallChosenAsksForTheCall() {
        login(Role.BUREAU_OFFICER, "KMKJJ");
        ReviewBoardView board = (ReviewBoardView) navigate("bureau/review");
        board.call.clear();
        board.reviewBy.setValue(LocalDate.now().plusDays(30));

        LocatorJ._click(LocatorJ._get(board, Button.class, spec -> spec.withText("保存")));

        NotificationsKt.expectNotifications("请先选择申报通知。");
    }
}
