package cn.kunming.kjj.carrier.dossier;

import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static cn.kunming.kjj.carrier.dossier.DossierStatus.*;
import static org.assertj.core.api.Assertions.assertThat;

class DossierStatusTest {

    @Test
    void theDesignedPathIsTheOnlyWayForward() {
        assertThat(DRAFT.canMoveTo(SUBMITTED)).isTrue();
        assertThat(SUBMITTED.canMoveTo(RETURNED)).isTrue();
        assertThat(RETURNED.canMoveTo(SUBMITTED)).isTrue();
        assertThat(SUBMITTED.canMoveTo(RECOMMENDED)).isTrue();
        assertThat(RECOMMENDED.canMoveTo(UNDER_EXPERT_REVIEW)).isTrue();
        assertThat(UNDER_EXPERT_REVIEW.canMoveTo(REVIEWED)).isTrue();
        assertThat(REVIEWED.canMoveTo(PROPOSED)).isTrue();
        assertThat(PROPOSED.canMoveTo(IN_PUBLIC_NOTICE)).isTrue();
        assertThat(IN_PUBLIC_NOTICE.canMoveTo(APPROVED)).isTrue();
    }

    @Test
    void noStepIsSkippedAndNothingLeavesAnEndState() {
        assertThat(SUBMITTED.canMoveTo(UNDER_EXPERT_REVIEW)).isFalse();
        assertThat(RECOMMENDED.canMoveTo(PROPOSED)).isFalse();
        assertThat(RETURNED.canMoveTo(RECOMMENDED)).isFalse();
        assertThat(DRAFT.canMoveTo(RECOMMENDED)).isFalse();
        for (DossierStatus end : new DossierStatus[]{NOT_RECOMMENDED, REJECTED, APPROVED, WITHDRAWN}) {
            assertThat(Arrays.stream(values()).filter(end::canMoveTo)).as(end.name()).isEmpty();
        }
    }

    @Test
    void theApplicantMayWithdrawUntilTheBureauHasDecided() {
        assertThat(REVIEWED.canMoveTo(WITHDRAWN)).isTrue();
        assertThat(PROPOSED.canMoveTo(WITHDRAWN)).isFalse();
    }

    @Test
    void aWithdrawnNoticeReturnsItsDossiersToTheProposedListAndNothingElseGoesBack() {
        assertThat(IN_PUBLIC_NOTICE.canMoveTo(PROPOSED)).isTrue();
        assertThat(PROPOSED.canMoveTo(REVIEWED)).isFalse();
        assertThat(IN_PUBLIC_NOTICE.canMoveTo(REVIEWED)).isFalse();
        assertThat(RECOMMENDED.canMoveTo(SUBMITTED)).isFalse();
    }

    @Test
    void onlyDraftsAndReturnedDossiersAreEditable() {
        assertThat(Arrays.stream(values()).filter(DossierStatus::editable)).containsExactly(DRAFT, RETURNED);
    }
}
