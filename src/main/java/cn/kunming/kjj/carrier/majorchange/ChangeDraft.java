package cn.kunming.kjj.carrier.majorchange;

import cn.kunming.kjj.carrier.common.CarrierId;
import org.jspecify.annotations.Nullable;
import cn.kunming.kjj.carrier.eligibility.Facts;

import java.time.LocalDate;

/** What the unit writes when it files a change; the new name, code and head only when they changed. */
public record ChangeDraft(CarrierId carrierId, ChangeType type, LocalDate changedOn, String description, @Nullable Facts facts,
                        @Nullable String newName, @Nullable String newCreditCode, @Nullable String newHead) {
}
