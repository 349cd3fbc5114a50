package cn.kunming.kjj.carrier.security;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** When a session of another node counts as gone, and the settings refused at start. */
class SharedSessionSettingsTest {

    private static final Clock CLOCK = Clock.system(ZoneId.of("Asia/Shanghai"));
    private static final Instant NOW = Instant.parse("2026-12-05T02:00:00Z");

    private static SharedSessionSettings settings(int max, Duration timeout, Duration checkEvery) {
        return new SharedSessionSettings("a", max, timeout, checkEvery, CLOCK);
    }

    @Test
    void aSessionIsGoneOnceATimeoutAnIntervalAndAMinuteForTheClocksHavePassedSinceItsRecordedRequest() {
        Instant staleBefore = settings(2, Duration.ofMinutes(30), Duration.ofSeconds(5)).staleBefore(NOW);
        assertThat(staleBefore).isEqualTo(NOW.minus(Duration.ofMinutes(31)).minusSeconds(5));
        Instant lastRecorded = NOW.minus(Duration.ofMinutes(31)).minusSeconds(5);
        assertThat(lastRecorded.isBefore(staleBefore)).as("exactly on the boundary it still counts").isFalse();
        assertThat(lastRecorded.minusMillis(1).isBefore(staleBefore)).isTrue();
    }

    @Test
    void aLimitBelowOneMeansNoLimitAsInSpringSecurity() {
        assertThat(settings(2, Duration.ofMinutes(30), Duration.ZERO).limited()).isTrue();
        assertThat(settings(1, Duration.ofMinutes(30), Duration.ZERO).limited()).isTrue();
        assertThat(settings(-1, Duration.ofMinutes(30), Duration.ZERO).limited()).isFalse();
        assertThat(settings(0, Duration.ofMinutes(30), Duration.ZERO).limited()).isFalse();
    }

    @Test
    void aTimeoutThatIsNotPositiveOrANegativeCheckIntervalIsRefusedAtStart() {
        assertThatThrownBy(() -> settings(2, Duration.ZERO, Duration.ofSeconds(5)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("timeout");
        assertThatThrownBy(() -> settings(2, Duration.ofMinutes(-30), Duration.ofSeconds(5)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> settings(2, Duration.ofMinutes(30), Duration.ofSeconds(-5)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("registry-check-every");
    }
}
