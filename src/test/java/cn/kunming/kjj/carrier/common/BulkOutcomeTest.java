package cn.kunming.kjj.carrier.common;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BulkOutcomeTest {

    @Test
    void aSelectionIsCheckedBeforeAnythingIsDoneEmptyOrOverTheLimitAndTwiceTheSameCountsOnce() {
        assertThatThrownBy(() -> BulkOutcome.checked(List.of())).hasMessage("bulk.nothingSelected");
        List<Integer> most = IntStream.range(0, BulkOutcome.MOST).boxed().toList();
        assertThat(BulkOutcome.checked(most)).hasSize(BulkOutcome.MOST);
        List<Integer> oneMore = IntStream.rangeClosed(0, BulkOutcome.MOST).boxed().toList();
        assertThatThrownBy(() -> BulkOutcome.checked(oneMore)).isInstanceOf(PortalException.class)
                .hasMessage("bulk.tooMany");
        assertThat(BulkOutcome.checked(List.of(3, 1, 3, 1))).containsExactly(3, 1);
    }

    @Test
    void anOutcomeCountsWhatWasDoneAndGivesBackEachRefusalAsItWasThrown() {
        BulkOutcome outcome = new BulkOutcome(List.of(BulkItem.done(1, "甲", "bulk.recommended"),
                BulkItem.refused(2, "#2", new NotFoundException()),
                BulkItem.refused(3, "丙", new PortalException("review.illegalTransition", "P4.3", null, "x"))));
        assertThat(outcome.done()).isEqualTo(1);
        assertThat(outcome.refused()).isEqualTo(2);
        assertThat(outcome.items().get(1).refusal()).isInstanceOf(NotFoundException.class);
        assertThat(outcome.items().get(2).refusal().args()).containsExactly("P4.3", null, "x");
        assertThat(Messages.get(outcome.items().get(2).messageKey(), Messages.CHINESE,
                outcome.items().get(2).args().toArray())).contains("P4.3");
    }
}
