package cn.kunming.kjj.carrier.call;

import cn.kunming.kjj.carrier.common.CallId;
import cn.kunming.kjj.carrier.common.CarrierKind;
import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class CallTest {

    private static final LocalDateTime OPENS = LocalDateTime.of(2026, 3, 1, 9, 0);
    private static final LocalDateTime CLOSES = LocalDateTime.of(2026, 3, 31, 17, 0);

    private static Call call(CallStatus status) {
        return new Call(CallId.of(1), 2026, "2026年申报", Set.of(CarrierKind.CONCEPT_CENTER), OPENS, CLOSES, "", status,
                List.of(), null, 0);
    }

    @Test
    void aPublishedCallOpensOnItsOpeningMinute() {
        Call call = call(CallStatus.PUBLISHED);
        assertThat(call.stateAt(OPENS.minusSeconds(1))).isEqualTo(CallState.UPCOMING);
        assertThat(call.stateAt(OPENS)).isEqualTo(CallState.OPEN);
        assertThat(call.acceptsAt(OPENS, Optional.empty())).isTrue();
    }

    @Test
    void theLastSecondBeforeTheClosingMinuteIsAcceptedAndTheClosingMinuteIsNot() {
        Call call = call(CallStatus.PUBLISHED);
        assertThat(call.acceptsAt(CLOSES.minusSeconds(1), Optional.empty())).isTrue();
        assertThat(call.acceptsAt(CLOSES, Optional.empty())).isFalse();
        assertThat(call.stateAt(CLOSES)).isEqualTo(CallState.CLOSED);
    }

    @Test
    void anExtensionAcceptsOneUnitUntilItsOwnMinute() {
        Call call = call(CallStatus.PUBLISHED);
        Optional<LocalDateTime> until = Optional.of(CLOSES.plusDays(2));
        assertThat(call.acceptsAt(CLOSES.plusDays(2).minusSeconds(1), until)).isTrue();
        assertThat(call.acceptsAt(CLOSES.plusDays(2), until)).isFalse();
        assertThat(call.acceptsAt(OPENS.minusMinutes(1), until)).isFalse();
    }

    @Test
    void aDraftNeverAcceptsSubmissions() {
        assertThat(call(CallStatus.DRAFT).acceptsAt(OPENS.plusDays(1), Optional.of(CLOSES.plusDays(9)))).isFalse();
        assertThat(call(CallStatus.DRAFT).stateAt(OPENS.plusDays(1))).isEqualTo(CallState.DRAFT);
    }

    @Test
    void timeLeftCountsDownToZero() {
        Call call = call(CallStatus.PUBLISHED);
        assertThat(call.timeLeftAt(CLOSES.minusHours(25)).toHours()).isEqualTo(25);
        assertThat(call.timeLeftAt(CLOSES.plusHours(1))).isZero();
    }
}
