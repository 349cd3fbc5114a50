package cn.kunming.kjj.carrier.dashboard;

import org.jspecify.annotations.Nullable;
import java.math.BigDecimal;

/**
 * One number of a dashboard. Its label is a message key when {@code labelKey} is set, else the text of {@code label}
 * (a tenant's name, an industry field, a year); {@code amountYuan} is set for money figures; {@code drill} is the
 * list it stands for, or null when none shows it.
 */
public record Figure(@Nullable String labelKey, @Nullable String label, long count, @Nullable BigDecimal amountYuan,
                     @Nullable Drill drill) {

    public static Figure keyed(String labelKey, long count, @Nullable Drill drill) {
        return new Figure(labelKey, null, count, null, drill);
    }

    public static Figure named(String label, long count, @Nullable Drill drill) {
        return new Figure(null, label, count, null, drill);
    }

    public Figure withAmount(BigDecimal yuan) {
        return new Figure(labelKey, label, count, yuan, drill);
    }
}
