package cn.kunming.kjj.carrier.eligibility;

import org.jspecify.annotations.Nullable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * One version of the thresholds, in force from {@code validFrom} to {@code validTo} inclusive (open-ended when
 * null). A dossier is judged by the version in force on its submission date (A8.1).
 */
public record RuleSet(String version, String title, LocalDate validFrom, @Nullable LocalDate validTo,
                      Map<Threshold, BigDecimal> thresholds) {

    public RuleSet {
        EnumMap<Threshold, BigDecimal> copy = new EnumMap<>(Threshold.class);
        // 200 and 200.00 are the same threshold: keep one form so that versions compare and print alike
        thresholds.forEach((k, v) -> copy.put(k, v == null ? null : v.stripTrailingZeros()));
        for (Threshold t : Threshold.values()) {
            if (copy.get(t) == null) {
                throw new IllegalArgumentException("rule set " + version + " lacks threshold " + t);
            }
        }
        thresholds = Collections.unmodifiableMap(copy);
    }

    public BigDecimal get(Threshold threshold) {
        return java.util.Objects.requireNonNull(thresholds.get(threshold), threshold.name());
    }

    public boolean inForceOn(LocalDate day) {
        return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
    }
}
