package cn.kunming.kjj.carrier.review;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What makes a district action complete (P4.3), as a pure rule: every item judged; a written opinion; a return
 * names at least one problem, each with a note, and a resubmission date after today; a recommendation has no
 * problem left open.
 */
public final class DistrictDecision {

    private DistrictDecision() {
    }

    /** The message key of the first thing wrong, if any. */
    public static Optional<String> problem(DistrictAction action, List<ChecklistEntry> expected,
                                           List<ChecklistItem> items, @Nullable String opinion,
                                           @Nullable LocalDate revisionDue,
                                           LocalDate today) {
        Set<String> judged = items.stream().filter(i -> i.verdict() != null).map(ChecklistItem::code)
                .collect(Collectors.toSet());
        if (!expected.stream().allMatch(e -> judged.contains(e.code()))) {
            return Optional.of("review.checklistIncomplete");
        }
        if (opinion == null || opinion.isBlank()) {
            return Optional.of("review.opinionMissing");
        }
        boolean anyProblem = items.stream().anyMatch(i -> i.verdict() == Verdict.PROBLEM);
        if (items.stream().anyMatch(i -> i.verdict() == Verdict.PROBLEM && i.note().isBlank())) {
            return Optional.of("review.problemNeedsNote");
        }
        return switch (action) {
            case RETURN -> !anyProblem ? Optional.of("review.returnWithoutProblem")
                    : revisionDue == null || !revisionDue.isAfter(today) ? Optional.of("review.revisionDueInvalid")
                    : Optional.empty();
            case RECOMMEND -> anyProblem ? Optional.of("review.recommendWithProblems") : Optional.empty();
            case NOT_RECOMMEND -> Optional.empty();
        };
    }
}
