package cn.kunming.kjj.carrier.common;

import org.springframework.dao.DuplicateKeyException;

import java.util.function.IntSupplier;

/**
 * An insert that exists at most once per key ("insert ignore"), made safe for H2: MySQL ignores the duplicate in one
 * step, but H2 emulates it with a check and an insert, so two of the same insert at the same instant can both pass
 * the check and the second meets the key. Either way, the loser is told it inserted nothing.
 */
public final class OnceOnly {

    private OnceOnly() {
    }

    /** Whether this insert made the row; false when the row was there, or was made at the same instant. */
    public static boolean inserted(IntSupplier insertIgnoringDuplicates) {
        try {
            return insertIgnoringDuplicates.getAsInt() == 1;
        } catch (DuplicateKeyException raced) {
            return false;
        }
    }
}
