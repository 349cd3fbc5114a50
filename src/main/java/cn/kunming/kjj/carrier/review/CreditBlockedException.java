package cn.kunming.kjj.carrier.review;

import cn.kunming.kjj.carrier.common.PortalException;

/**
 * A step refused because the unit is on the serious-dishonesty list (C2.5/C3.6). Thrown before the step writes
 * anything, so its transaction commits what the refusal leaves: the credit check that found the listing.
 */
public class CreditBlockedException extends PortalException {

    CreditBlockedException(String messageKey, Object... args) {
        super(messageKey, args);
    }
}
