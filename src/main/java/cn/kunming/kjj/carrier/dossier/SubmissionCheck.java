package cn.kunming.kjj.carrier.dossier;

import cn.kunming.kjj.carrier.eligibility.Evaluation;
import cn.kunming.kjj.carrier.eligibility.Outcome;

import java.util.List;

/** Everything that stands between a draft and its submission, and how the rules judge it today. */
public record SubmissionCheck(List<Missing> missing, Evaluation evaluation) {

    /** Something the applicant still has to fill in, as a message key. */
    public record Missing(String key, Object... args) {
    }

    public SubmissionCheck {
        missing = List.copyOf(missing);
    }

    public boolean hasFailures() {
        return evaluation.results().stream().anyMatch(r -> r.outcome() == Outcome.FAIL);
    }
}
