package cn.kunming.kjj.carrier.call;

import cn.kunming.kjj.carrier.common.CallId;
import cn.kunming.kjj.carrier.common.CarrierKind;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A call for applications (P4.1). Submissions are accepted from the opening minute until, not including, the closing
 * minute; a unit with an extension until a later minute is accepted until then.
 */
public record Call(CallId id, int year, String title, Set<CarrierKind> kinds, LocalDateTime opensAt,
                   LocalDateTime closesAt, String body, CallStatus status, List<RequiredAttachment> requiredAttachments,
                   LocalDateTime publishedAt, int version) {

    public Call {
        kinds = Set.copyOf(kinds);
        requiredAttachments = List.copyOf(requiredAttachments);
    }

    public CallState stateAt(LocalDateTime now) {
        if (status == CallStatus.DRAFT) {
            return CallState.DRAFT;
        }
        LocalDateTime minute = now.truncatedTo(ChronoUnit.MINUTES);
        if (minute.isBefore(opensAt)) {
            return CallState.UPCOMING;
        }
        return minute.isBefore(closesAt) ? CallState.OPEN : CallState.CLOSED;
    }

    /** Whether a unit may submit now, given its extension if it has one. */
    public boolean acceptsAt(LocalDateTime now, Optional<LocalDateTime> extendedUntil) {
        CallState state = stateAt(now);
        if (state == CallState.OPEN) {
            return true;
        }
        return state == CallState.CLOSED && extendedUntil
                .map(until -> now.truncatedTo(ChronoUnit.MINUTES).isBefore(until)).orElse(false);
    }

    /** Time left until closing, or zero once closed. */
    public Duration timeLeftAt(LocalDateTime now) {
        Duration left = Duration.between(now, closesAt);
        return left.isNegative() ? Duration.ZERO : left;
    }

    public List<RequiredAttachment> requiredFor(CarrierKind kind) {
        return requiredAttachments.stream().filter(a -> a.kind() == kind).toList();
    }
}
