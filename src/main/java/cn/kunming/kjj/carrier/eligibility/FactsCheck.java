package cn.kunming.kjj.carrier.eligibility;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Facts that cannot be true are refused before any rule is applied, each naming its field: negative figures, and
 * figures beyond any real carrier or with more decimals than money has. The bound also keeps a figure such as
 * {@code 1e999999999} from being written out digit by digit (the outside probe ran the heap out with one).
 */
public final class FactsCheck {

    /** 10 亿 of any unit (万元, m², people): far beyond any carrier, far below what breaks arithmetic or display. */
    public static final BigDecimal MAX_FIGURE = new BigDecimal("1000000000");
    public static final int MAX_DECIMALS = 4;

    private FactsCheck() {
    }

    /** A refused field: its name as the API spells it, and a message key with arguments. */
    public record Problem(String field, String key, Object... args) {
    }

    public static List<Problem> problems(Facts f) {
        List<Problem> problems = new ArrayList<>();
        if (f.kind() == null) {
            problems.add(new Problem("kind", "facts.required"));
        }
        if (f.hostType() == null) {
            problems.add(new Problem("hostType", "facts.required"));
        }
        nonNegative(problems, "siteAreaSqm", f.siteAreaSqm());
        nonNegative(problems, "operatingTeam", f.operatingTeam());
        nonNegative(problems, "advisors", f.advisors());
        nonNegative(problems, "techBrokers", f.techBrokers());
        nonNegative(problems, "reserveProjects", f.reserveProjects());
        if (f.techBrokers() > f.advisors()) {
            problems.add(new Problem("techBrokers", "facts.brokersExceedAdvisors", f.techBrokers(), f.advisors()));
        }
        if (f.poc() != null) {
            nonNegative(problems, "poc.annualServiceRevenueWan", f.poc().annualServiceRevenueWan());
            nonNegative(problems, "poc.financingWan", f.poc().financingWan());
            nonNegative(problems, "poc.techTransactionsWan", f.poc().techTransactionsWan());
            nonNegative(problems, "poc.incubatedEnterprises", f.poc().incubatedEnterprises());
            nonNegative(problems, "poc.fundWan", f.poc().fundWan());
        }
        if (f.pilot() != null) {
            nonNegative(problems, "pilot.lastYearServiceRevenueWan", f.pilot().lastYearServiceRevenueWan());
            nonNegative(problems, "pilot.equipmentValueWan", f.pilot().equipmentValueWan());
            nonNegative(problems, "pilot.pilotProjects", f.pilot().pilotProjects());
            nonNegative(problems, "pilot.productizedResults", f.pilot().productizedResults());
            nonNegative(problems, "pilot.incubatedEnterprises", f.pilot().incubatedEnterprises());
            nonNegative(problems, "pilot.incubatedValuationWan", f.pilot().incubatedValuationWan());
            nonNegative(problems, "pilot.incubatedRevenueWan", f.pilot().incubatedRevenueWan());
            nonNegative(problems, "pilot.techContractsWan", f.pilot().techContractsWan());
        }
        return problems;
    }

    private static void nonNegative(List<Problem> problems, String field, BigDecimal value) {
        if (value == null) {
            problems.add(new Problem(field, "facts.required"));
        } else if (value.abs().compareTo(MAX_FIGURE) > 0) {
            problems.add(new Problem(field, "facts.tooLarge", MAX_FIGURE.toPlainString()));
        } else if (value.stripTrailingZeros().scale() > MAX_DECIMALS) {
            problems.add(new Problem(field, "facts.tooManyDecimals", MAX_DECIMALS));
        } else if (value.signum() < 0) {
            problems.add(new Problem(field, "facts.negative", value.toPlainString()));
        }
    }

    private static void nonNegative(List<Problem> problems, String field, int value) {
        if (value > MAX_FIGURE.intValue()) {
            problems.add(new Problem(field, "facts.tooLarge", MAX_FIGURE.toPlainString()));
        } else if (value < 0) {
            problems.add(new Problem(field, "facts.negative", String.valueOf(value)));
        }
    }
}
