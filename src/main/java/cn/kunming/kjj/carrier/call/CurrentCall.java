package cn.kunming.kjj.carrier.call;

import cn.kunming.kjj.carrier.common.CallId;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The call a list opens on when the reader has not chosen one (issue 25): the call whose dossiers are under review in
 * the reader's scope — the latest such — else the call open for submissions, else the latest published. Not the
 * oldest, and not a call with nothing to do because it happens to close last.
 */
public final class CurrentCall {

    private CurrentCall() {
    }

    /**
     * @param published   the published calls, latest closing first (as {@link CallService#published()} gives them)
     * @param underReview the calls with dossiers submitted and not yet decided in the reader's scope
     */
    public static Optional<Call> among(List<Call> published, LocalDateTime now, Set<CallId> underReview) {
        return published.stream().filter(c -> underReview.contains(c.id())).findFirst()
                .or(() -> published.stream().filter(c -> c.stateAt(now) == CallState.OPEN).findFirst())
                .or(() -> published.stream().findFirst());
    }
}
