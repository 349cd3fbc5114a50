package cn.kunming.kjj.carrier.carrier;

/** The grounds of disqualification (M5.3); the first three the portal detects itself. */
public enum Ground {
    REPORT_MISSING("M5.3(1)", true),
    TWO_FAILED_EVALUATIONS("M5.3(1)", true),
    FILING_REVOKED("M5.3(2)", true),
    ACCIDENT("M5.3(3)", false),
    BAD_CREDIT("M5.3(4)", false),
    PUNISHED("M5.3(5)", false),
    OTHER_VIOLATION("M5.3(6)", false);

    private final String rule;
    private final boolean automatic;

    Ground(String rule, boolean automatic) {
        this.rule = rule;
        this.automatic = automatic;
    }

    public String rule() {
        return rule;
    }

    public boolean automatic() {
        return automatic;
    }

    public String messageKey() {
        return "ground." + name();
    }
}
