package cn.kunming.kjj.carrier.dossier;

import org.jspecify.annotations.Nullable;

import java.time.LocalDateTime;

/**
 * One event of a dossier's history as its reader may see it (issue 25, part 7): when, who, what (an audit action's
 * name), under which rule, and the details. For a district officer, who did what in the expert review is the bureau's
 * to know: {@code withheld} then, with the expert's name and details left out.
 */
public record HistoryEntry(LocalDateTime at, String actor, String action, @Nullable String ruleId,
                           @Nullable String detail, boolean withheld) {
}
