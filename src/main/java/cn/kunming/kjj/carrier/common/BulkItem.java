package cn.kunming.kjj.carrier.common;

import org.jspecify.annotations.Nullable;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * What a bulk action did to one of the selected records: done, or refused with the reason its own single-item action
 * gave (a message key and arguments, read in the user's language; the rule's ID is part of the message).
 *
 * @param subject the record as the user knows it (unit and name), or only its number when it is not in the reader's
 *                scope, so that a refusal never names what the reader may not see
 */
public record BulkItem(long id, String subject, boolean done, String messageKey, List<@Nullable Object> args) {

    public BulkItem {
        args = Collections.unmodifiableList(Arrays.asList(args.toArray()));
    }

    public static BulkItem done(long id, String subject, String messageKey, @Nullable Object... args) {
        return new BulkItem(id, subject, true, messageKey, Arrays.asList(args));
    }

    public static BulkItem refused(long id, String subject, PortalException refusal) {
        return new BulkItem(id, subject, false, refusal.messageKey(), Arrays.asList(refusal.args()));
    }

    /** The refusal again, as the single-item action threw it (a record out of scope stays "not found"). */
    public PortalException refusal() {
        return "error.notFound".equals(messageKey) ? new NotFoundException() : new PortalException(messageKey,
                args.toArray());
    }
}
