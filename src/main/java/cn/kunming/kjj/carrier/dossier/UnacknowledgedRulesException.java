package cn.kunming.kjj.carrier.dossier;

import cn.kunming.kjj.carrier.common.PortalException;

/**
 * A recommendation, proposal or decision refused because the dossier fails rules of Art. 2–3 that the officer did not
 * confirm having seen (issue 25, part 4): the step was called without the confirmation, or the dossier's results
 * changed after it. Thrown before the step writes anything.
 */
public class UnacknowledgedRulesException extends PortalException {

    UnacknowledgedRulesException(String unseen, String failed) {
        super("rules.unacknowledged", unseen, failed);
    }
}
