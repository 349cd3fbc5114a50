package cn.kunming.kjj.carrier.eligibility;

import java.util.List;

/** One result per rule of the kind plus P4.2, and the version of the thresholds that judged them. */
public record EligibilityResult(String ruleSetVersion, List<RuleResult> results) {

    public EligibilityResult {
        results = List.copyOf(results);
    }

    /** Eligible exactly when no rule failed; REVIEW is left to officers and experts, not a refusal. */
    public boolean eligible() {
        return results.stream().noneMatch(r -> r.outcome() == Outcome.FAIL);
    }

    /** The options met of the "at least one of" rules, as {@code C2.4c(1)} … {@code C3.5c(3)}. */
    public List<String> metOptions() {
        return results.stream().flatMap(r -> r.metOptions().stream()).toList();
    }

    public RuleResult result(String rule) {
        return results.stream().filter(r -> r.rule().equals(rule)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no result for " + rule));
    }
}
