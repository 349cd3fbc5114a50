package cn.kunming.kjj.carrier.eligibility;

import cn.kunming.kjj.carrier.common.CarrierKind;
import cn.kunming.kjj.carrier.eligibility.RuleResult.Part;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import static cn.kunming.kjj.carrier.eligibility.Threshold.*;

/**
 * The conditions of Art. 2 (concept-verification centre) and Art. 3 (pilot platform) and the naming rule P4.2,
 * as one pure function from facts and a rule-set version to a result per rule. Every threshold is inclusive.
 */
public final class EligibilityRules {

    private EligibilityRules() {
    }

    public static EligibilityResult evaluate(Facts facts, RuleSet rules) {
        List<RuleResult> results = facts.kind() == CarrierKind.CONCEPT_CENTER
                ? conceptCenter(facts, rules) : pilotPlatform(facts, rules);
        results.add(NamingRule.check(facts.kind(), facts.name()));
        return new EligibilityResult(rules.version(), results);
    }

    private static List<RuleResult> conceptCenter(Facts f, RuleSet r) {
        Facts.PocFacts poc = f.poc() == null ? Facts.PocFacts.none() : f.poc();
        List<RuleResult> results = new ArrayList<>();
        results.add(legalPerson("C2.1", f));
        results.add(review("C2.2"));
        results.add(rule("C2.3a", atLeast(POC_SITE_AREA_SQM, f.siteAreaSqm(), r)));
        results.add(rule("C2.3b", atLeast(POC_OPERATING_TEAM, f.operatingTeam(), r),
                condition("cond.pocHeadExperienced", f.headExperienced())));
        results.add(rule("C2.3c", atLeast(POC_ADVISORS, f.advisors(), r), atLeast(POC_TECH_BROKERS, f.techBrokers(), r)));
        results.add(rule("C2.4a", atLeast(POC_RESERVE_PROJECTS, f.reserveProjects(), r)));
        results.add(rule("C2.4b", condition("cond.pocServices", f.servicesInLastTwoYears())));
        results.add(atLeastOneOf("C2.4c", List.of(
                option("C2.4c(1)", meets(poc.annualServiceRevenueWan(), POC_ANNUAL_SERVICE_REVENUE_WAN, r),
                        poc.annualServiceRevenueWan(), r.get(POC_ANNUAL_SERVICE_REVENUE_WAN)),
                option("C2.4c(2)", meets(poc.financingWan(), POC_FINANCING_WAN, r),
                        poc.financingWan(), r.get(POC_FINANCING_WAN)),
                option("C2.4c(3)", meets(poc.techTransactionsWan(), POC_TECH_TRANSACTIONS_WAN, r),
                        poc.techTransactionsWan(), r.get(POC_TECH_TRANSACTIONS_WAN)),
                option("C2.4c(4)", meets(poc.incubatedEnterprises(), POC_INCUBATED_ENTERPRISES, r),
                        poc.incubatedEnterprises(), r.get(POC_INCUBATED_ENTERPRISES)),
                option("C2.4c(5)", meets(poc.fundWan(), POC_FUND_WAN, r), poc.fundWan(), r.get(POC_FUND_WAN)))));
        results.add(credit("C2.5", f));
        return results;
    }

    private static List<RuleResult> pilotPlatform(Facts f, RuleSet r) {
        Facts.PilotFacts p = f.pilot() == null ? Facts.PilotFacts.none() : f.pilot();
        List<RuleResult> results = new ArrayList<>();
        results.add(legalPerson("C3.1", f));
        results.add(review("C3.2a"));
        results.add(rule("C3.2b", atLeast(PILOT_LAST_YEAR_SERVICE_REVENUE_WAN, p.lastYearServiceRevenueWan(), r)));
        results.add(rule("C3.3a", atLeast(PILOT_SITE_AREA_SQM, f.siteAreaSqm(), r)));
        results.add(rule("C3.3b", atLeast(PILOT_EQUIPMENT_VALUE_WAN, p.equipmentValueWan(), r)));
        results.add(rule("C3.4a", atLeast(PILOT_OPERATING_TEAM, f.operatingTeam(), r),
                condition("cond.pilotHeadExperienced", f.headExperienced())));
        results.add(rule("C3.4b", atLeast(PILOT_ADVISORS, f.advisors(), r), atLeast(PILOT_TECH_BROKERS, f.techBrokers(), r)));
        results.add(rule("C3.5a", atLeast(PILOT_RESERVE_PROJECTS, f.reserveProjects(), r)));
        results.add(rule("C3.5b", condition("cond.pilotServices", f.servicesInLastTwoYears())));
        boolean incubatedEnough = meets(p.incubatedEnterprises(), PILOT_INCUBATED_ENTERPRISES, r)
                && (meets(p.incubatedValuationWan(), PILOT_INCUBATED_VALUATION_WAN, r)
                || meets(p.incubatedRevenueWan(), PILOT_INCUBATED_REVENUE_WAN, r));
        results.add(atLeastOneOf("C3.5c", List.of(
                option("C3.5c(1)", meets(p.pilotProjects(), PILOT_PROJECTS, r)
                                && meets(p.productizedResults(), PILOT_PRODUCTIZED_RESULTS, r),
                        p.pilotProjects(), r.get(PILOT_PROJECTS), p.productizedResults(), r.get(PILOT_PRODUCTIZED_RESULTS)),
                option("C3.5c(2)", incubatedEnough, p.incubatedEnterprises(), r.get(PILOT_INCUBATED_ENTERPRISES),
                        p.incubatedValuationWan(), r.get(PILOT_INCUBATED_VALUATION_WAN), p.incubatedRevenueWan(),
                        r.get(PILOT_INCUBATED_REVENUE_WAN)),
                option("C3.5c(3)", meets(p.techContractsWan(), PILOT_TECH_CONTRACTS_WAN, r),
                        p.techContractsWan(), r.get(PILOT_TECH_CONTRACTS_WAN)))));
        results.add(credit("C3.6", f));
        return results;
    }

    /** A checked piece of a rule: whether it holds, and how to say so. */
    private record Check(boolean holds, Part part) {
    }

    private static RuleResult rule(String id, Check... checks) {
        boolean all = true;
        List<Part> parts = new ArrayList<>();
        for (Check c : checks) {
            all &= c.holds();
            parts.add(c.part());
        }
        return new RuleResult(id, all ? Outcome.PASS : Outcome.FAIL, parts, List.of());
    }

    private static boolean meets(BigDecimal value, Threshold t, RuleSet r) {
        return value != null && value.compareTo(r.get(t)) >= 0;
    }

    private static boolean meets(int value, Threshold t, RuleSet r) {
        return meets(BigDecimal.valueOf(value), t, r);
    }

    private static Check atLeast(Threshold t, BigDecimal value, RuleSet r) {
        BigDecimal v = value == null ? BigDecimal.ZERO : value;
        BigDecimal min = r.get(t);
        Part quantity = new Part(t.messageKey());
        Part unit = new Part(t.unit().messageKey());
        if (v.compareTo(min) >= 0) {
            return new Check(true, new Part("elig.min.pass", quantity, plain(v), unit, plain(min)));
        }
        return new Check(false, new Part("elig.min.fail", quantity, plain(v), unit, plain(min), plain(min.subtract(v))));
    }

    private static Check atLeast(Threshold t, int value, RuleSet r) {
        return atLeast(t, BigDecimal.valueOf(value), r);
    }

    private static Check condition(String conditionKey, boolean holds) {
        return new Check(holds, new Part(holds ? "elig.cond.pass" : "elig.cond.fail", new Part(conditionKey)));
    }

    private static RuleResult legalPerson(String id, Facts f) {
        RuleResult base = rule(id, condition("cond.hostType", f.hostType() != null),
                condition("cond.registeredInKunming", f.registeredInKunming()),
                condition("cond.independentLegalPerson", f.independentLegalPerson()));
        List<Part> parts = new ArrayList<>(base.parts());
        parts.add(new Part("elig.encouraged", new Part(f.kind().messageKey())));
        return new RuleResult(id, base.outcome(), parts, List.of());
    }

    private static RuleResult credit(String id, Facts f) {
        return rule(id, condition("cond.notListed", !f.seriousDishonestyListed()),
                condition("cond.noIncident", !f.majorIncidentInLastYear()));
    }

    private static RuleResult review(String id) {
        return new RuleResult(id, Outcome.REVIEW, List.of(new Part("elig.review", new Part("judge." + id))), List.of());
    }

    private record Option(String id, boolean met, Part description) {
    }

    private static Option option(String id, boolean met, Object... figures) {
        Object[] shown = new Object[figures.length];
        for (int i = 0; i < figures.length; i++) {
            shown[i] = figures[i] instanceof BigDecimal d ? plain(d) : String.valueOf(figures[i]);
        }
        return new Option(id, met, new Part("option." + id, shown));
    }

    private static RuleResult atLeastOneOf(String id, List<Option> options) {
        List<String> met = options.stream().filter(Option::met).map(Option::id).toList();
        if (met.isEmpty()) {
            List<Part> parts = new ArrayList<>();
            parts.add(new Part("elig.options.none", options.size()));
            options.forEach(o -> parts.add(o.description()));
            return new RuleResult(id, Outcome.FAIL, parts, List.of());
        }
        List<Part> parts = new ArrayList<>();
        parts.add(new Part("elig.options.met", met.size(), options.size()));
        options.stream().filter(Option::met).forEach(o -> parts.add(o.description()));
        return new RuleResult(id, Outcome.PASS, parts, met);
    }

    /** Written out in full, except a figure no check let through (which would be millions of digits). */
    static String plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.abs().compareTo(FactsCheck.MAX_FIGURE) > 0 || stripped.scale() > 20 ? stripped.toString()
                : stripped.toPlainString();
    }
}
