package cn.kunming.kjj.carrier.api;

import java.util.List;

/** {@code eligible} is true exactly when no result is FAIL. */
public record EligibilityCheckResponse(boolean eligible, String ruleSetVersion, List<Result> results,
                                       List<String> metOptions) {

    public record Result(String rule, String outcome, String message) {
    }
}
