package cn.kunming.kjj.carrier.call;

import cn.kunming.kjj.carrier.common.CallId;
import cn.kunming.kjj.carrier.common.CarrierKind;
import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class CurrentCallTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 6, 1, 10, 0);

    private static Call call(long id, LocalDateTime opens, LocalDateTime closes) {
        return new Call(CallId.of(id), opens.getYear(), "申报" + id, Set.of(CarrierKind.CONCEPT_CENTER), opens, closes, "",
                CallStatus.PUBLISHED, List.of(), opens, 0);
    }

    /** Latest closing first, as the published calls come. */
    private static final Call UPCOMING = call(4, NOW.plusMonths(2), NOW.plusMonths(3));
    private static final Call OPEN = call(3, NOW.minusDays(5), NOW.plusDays(20));
    private static final Call CLOSED = call(2, NOW.minusMonths(4), NOW.minusMonths(2));
    private static final Call OLDEST = call(1, NOW.minusYears(1), NOW.minusMonths(10));
    private static final List<Call> PUBLISHED = List.of(UPCOMING, OPEN, CLOSED, OLDEST);

    @Test
    void theLatestCallUnderReviewInTheReadersScopeComesFirstEvenWhenAnotherIsOpen() {
        assertThat(CurrentCall.among(PUBLISHED, NOW, Set.of(CLOSED.id(), OLDEST.id()))).contains(CLOSED);
    }

    @Test
    void withNothingUnderReviewTheOpenCallNotTheUpcomingOrTheOldest() {
        assertThat(CurrentCall.among(PUBLISHED, NOW, Set.of())).contains(OPEN);
    }

    @Test
    void onTheClosingMinuteACallIsNoLongerOpenAndTheLatestPublishedIsTakenWhenNoneIs() {
        assertThat(CurrentCall.among(List.of(UPCOMING, CLOSED), NOW, Set.of())).contains(UPCOMING);
        assertThat(CurrentCall.among(List.of(OPEN, OLDEST), OPEN.closesAt(), Set.of())).contains(OPEN);
        assertThat(CurrentCall.among(List.of(), NOW, Set.of(CallId.of(9)))).isEmpty();
    }

    @Test
    void aCallUnderReviewThatIsNotPublishedIsNoChoice() {
        assertThat(CurrentCall.among(List.of(OPEN), NOW, Set.of(CallId.of(99)))).contains(OPEN);
    }
}
