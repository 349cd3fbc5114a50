package cn.kunming.kjj.carrier.credit;

import org.jspecify.annotations.Nullable;
import java.util.List;

/** An online credit service, if one is configured. Its failure is "not checked", never "clean". */
public interface OnlineCreditService {

    boolean configured();

    /** The listings of the code; throws {@link Unavailable} when the service cannot answer. */
    List<ListingEntry> entriesOf(String creditCode);

    class Unavailable extends RuntimeException {
        public Unavailable(String reason, @Nullable Throwable cause) {
            super(reason, cause);
        }
    }
}
