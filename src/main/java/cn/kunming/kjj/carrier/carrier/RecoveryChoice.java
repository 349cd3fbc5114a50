package cn.kunming.kjj.carrier.carrier;

import java.math.BigDecimal;

/**
 * The bureau's choice on recovering a disbursed subsidy when it disqualifies a carrier (M5.4, 视情况收回).
 *
 * @param partYuan the amount due, for {@link RecoveryDecision#PART} only
 * @param reason   required for a part or no recovery
 */
public record RecoveryChoice(RecoveryDecision decision, BigDecimal partYuan, String reason) {

    /** What the portal proposes: the whole subsidy. */
    public static RecoveryChoice full() {
        return new RecoveryChoice(RecoveryDecision.FULL, null, null);
    }
}
