package cn.kunming.kjj.carrier.carrier;

import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;

/**
 * The bureau's choice on recovering a disbursed subsidy when it disqualifies a carrier (M5.4, 视情况收回).
 *
 * @param partYuan the amount due, for {@link RecoveryDecision#PART} only
 * @param reason   required for a part or no recovery
 */
public record RecoveryChoice(@Nullable RecoveryDecision decision, @Nullable BigDecimal partYuan,
                             @Nullable String reason) {

    /** What the portal proposes: the whole subsidy. */
    public static RecoveryChoice full() {
        return new RecoveryChoice(RecoveryDecision.FULL, null, null);
    }
}
