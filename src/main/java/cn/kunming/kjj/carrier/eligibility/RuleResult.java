package cn.kunming.kjj.carrier.eligibility;

import cn.kunming.kjj.carrier.common.Messages;

import java.util.List;
import java.util.Locale;

/**
 * The result of one rule, with the pieces of its explanation as message keys and arguments, so that the same
 * result reads in Chinese or English: "第二条第（三）项：服务场地面积为 250 平方米，不低于 200 平方米。"
 */
public record RuleResult(String rule, Outcome outcome, List<Part> parts, List<String> metOptions) {

    public RuleResult {
        parts = List.copyOf(parts);
        metOptions = List.copyOf(metOptions);
    }

    /** One sentence of the explanation. */
    public record Part(String key, Object... args) {
    }

    public String message(Locale locale) {
        boolean english = Messages.isEnglish(locale);
        StringBuilder text = new StringBuilder(citation(rule, english)).append(english ? ": " : "：");
        for (int i = 0; i < parts.size(); i++) {
            if (i > 0) {
                text.append(english ? "; " : "；");
            }
            Part part = parts.get(i);
            Object[] args = part.args().clone();
            for (int a = 0; a < args.length; a++) {
                if (args[a] instanceof Part nested) {
                    args[a] = Messages.get(nested.key(), locale, nested.args());
                }
            }
            text.append(Messages.get(part.key(), locale, args));
        }
        return text.append(english ? "." : "。").toString();
    }

    private static final String[] NUMERALS = {"〇", "一", "二", "三", "四", "五", "六", "七", "八", "九"};

    /** "C2.3a" → 第二条第（三）项 / Art. 2(3); the letter only tells sub-conditions of one item apart. */
    static String citation(String rule, boolean english) {
        int article = rule.charAt(1) - '0';
        int item = rule.charAt(3) - '0';
        return english ? "Art. " + article + "(" + item + ") [" + rule + "]"
                : "第" + NUMERALS[article] + "条第（" + NUMERALS[item] + "）项〔" + rule + "〕";
    }
}
