package cn.kunming.kjj.carrier.support;

/** How a refusal names the rule it applies: an ID of RULES.md (P4.3, M5.3(2), G6.1, …) or an article of the measures. */
public final class RuleNames {

    /** A rule ID or 第X条, anywhere in a message. */
    public static final String PATTERN = "[A-Z][0-9]\\.[0-9]|第[一二三四五六七八九十]+条";

    private RuleNames() {
    }
}
