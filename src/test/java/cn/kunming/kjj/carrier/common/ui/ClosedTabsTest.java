package cn.kunming.kjj.carrier.common.ui;

import cn.kunming.kjj.carrier.security.Role;
import cn.kunming.kjj.carrier.support.KaribuTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class ClosedTabsTest extends KaribuTest {

    @Value("${vaadin.heartbeatInterval}")
    int heartbeatSeconds;
    @Value("${portal.ui.sweep-every}")
    Duration sweepEvery;

    @Test
    void aClosedTabsUiIsReleasedWithinThreeMinutesWhileABriefNetworkBlipCostsNothing() {
        Duration silenceBeforeClosing = Duration.ofMillis((long) (heartbeatSeconds * 3.1 * 1000));
        assertThat(silenceBeforeClosing.plus(sweepEvery)).as("the longest a closed tab's UI stays")
                .isLessThanOrEqualTo(Duration.ofMinutes(3));
        assertThat(Duration.ofSeconds(2L * heartbeatSeconds)).as("two heartbeats lost in a row keep the UI")
                .isLessThan(silenceBeforeClosing);
        assertThat(heartbeatSeconds).as("a heartbeat at most every half minute per open tab").isGreaterThanOrEqualTo(30);
    }

    @Test
    void aTabThatSentItsHeartbeatStaysAndOneThatMissedThreeIsClosedAndRemoved() {
        login(Role.BUREAU_OFFICER, "KMKJJ");
        navigate("bureau");
        UI tab = UI.getCurrent();
        VaadinSession session = tab.getSession();
        int interval = session.getService().getDeploymentConfiguration().getHeartbeatInterval();
        tab.getInternals().setLastHeartbeatTimestamp(System.currentTimeMillis() - 2_000L * interval);
        assertThat(ClosedTabs.closeSilentTabs(session)).as("two heartbeats missed").isZero();
        assertThat(session.getUIs()).contains(tab);

        tab.getInternals().setLastHeartbeatTimestamp(System.currentTimeMillis() - 3_200L * interval);
        assertThat(ClosedTabs.closeSilentTabs(session)).as("three heartbeats missed").isEqualTo(1);
        assertThat(session.getUIs()).doesNotContain(tab);
        assertThat(tab.isClosing()).isTrue();
    }
}
