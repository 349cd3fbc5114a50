package cn.kunming.kjj.carrier.credit;

import org.jspecify.annotations.Nullable;
import java.util.List;

/** An online credit service, if one is configured. Its failure is "not checked", never "clean". */
public interface OnlineCreditService {

    boolean configured();

    /** The listings of the code; throws {@link Unavailable} when the service cannot answer. */
    List<ListingEntry> entriesOf(String creditCode);

    /**
     * The state of the circuit breaker in front of the service (CLOSED, OPEN, HALF_OPEN, …), for the operators'
     * metrics; CLOSED when there is none.
     */
    default String circuitState() {
        return "CLOSED";
    }

    class Unavailable extends RuntimeException {
        public Unavailable(String reason, @Nullable Throwable cause) {
            super(reason, cause);
        }
    }
}
