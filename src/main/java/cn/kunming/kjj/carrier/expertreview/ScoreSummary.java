package cn.kunming.kjj.carrier.expertreview;

import org.jspecify.annotations.Nullable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;

/**
 * The experts' verdict on one dossier: how many sheets, their mean and spread (highest − lowest), and whether the
 * experts disagree widely — a spread strictly greater than the configured limit.
 */
public record ScoreSummary(int sheets, @Nullable BigDecimal mean, @Nullable BigDecimal spread, boolean disagreement) {

    public static ScoreSummary of(Collection<BigDecimal> totals, BigDecimal disagreementLimit) {
        if (totals.isEmpty()) {
            return new ScoreSummary(0, null, null, false);
        }
        BigDecimal sum = totals.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal mean = sum.divide(BigDecimal.valueOf(totals.size()), 2, RoundingMode.HALF_UP);
        BigDecimal spread = totals.stream().max(BigDecimal::compareTo).orElseThrow()
                .subtract(totals.stream().min(BigDecimal::compareTo).orElseThrow());
        return new ScoreSummary(totals.size(), mean, spread, spread.compareTo(disagreementLimit) > 0);
    }
}
