package cn.kunming.kjj.carrier.carrier;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A carrier's change of status decided by another feature (a cancellation by major change, a termination, G6.3), kept
 * in its status history. A narrow interface at the feature's root: other features use it, never the feature's
 * repositories.
 */
public interface CarrierStatusChanges {

    boolean changeStatus(Carrier carrier, CarrierStatus to, LocalDate on, @Nullable LocalDate banEndsOn, String reason,
                         String by, LocalDateTime at);
}
