package cn.kunming.kjj.carrier.common;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Money as the measures state it: exact decimals in 万元 (10,000 CNY). Never a float. */
public record Wan(BigDecimal amount) implements Comparable<Wan> {

    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);

    public Wan {
        if (amount == null) {
            throw new IllegalArgumentException("amount");
        }
    }

    public static Wan of(String decimal) {
        return new Wan(new BigDecimal(decimal));
    }

    public static Wan ofYuan(BigDecimal yuan) {
        return new Wan(yuan.divide(TEN_THOUSAND));
    }

    public BigDecimal toYuan() {
        return amount.multiply(TEN_THOUSAND);
    }

    public boolean atLeast(Wan threshold) {
        return compareTo(threshold) >= 0;
    }

    /** Display form used across the UI, e.g. "12.50 万元"; the unit word comes from the message bundle. */
    public String toPlainString() {
        return amount.setScale(Math.max(2, amount.stripTrailingZeros().scale()), RoundingMode.UNNECESSARY).toPlainString();
    }

    @Override
    public int compareTo(Wan other) {
        return amount.compareTo(other.amount);
    }
}
