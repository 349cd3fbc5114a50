package cn.kunming.kjj.carrier.annualreport;

/** 合格 or 不合格 (M5.1). */
public enum EvaluationResult {
    PASS, FAIL;

    public String messageKey() {
        return "evaluationResult." + name();
    }
}
