package cn.kunming.kjj.carrier.eligibility.ui;

import cn.kunming.kjj.carrier.eligibility.Facts;
import cn.kunming.kjj.carrier.eligibility.FactsCheck;
import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;

/**
 * The figures of the facts with their API field, label and unit: the form's inputs and the summary of a submitted
 * version name them alike.
 */
enum FactFigure {
    SITE_AREA("siteAreaSqm", "selfCheck.siteAreaSqm", "unit.SQUARE_METRES", Facts::siteAreaSqm),
    OPERATING_TEAM("operatingTeam", "threshold.POC_OPERATING_TEAM", "unit.PEOPLE", Facts::operatingTeam),
    ADVISORS("advisors", "threshold.POC_ADVISORS", "unit.PEOPLE", Facts::advisors),
    TECH_BROKERS("techBrokers", "threshold.POC_TECH_BROKERS", "unit.PEOPLE", Facts::techBrokers),
    RESERVE_PROJECTS("reserveProjects", "selfCheck.reserveProjects", "unit.ITEMS", Facts::reserveProjects),
    POC_REVENUE("poc.annualServiceRevenueWan", "threshold.POC_ANNUAL_SERVICE_REVENUE_WAN", "unit.WAN",
            poc(Facts.PocFacts::annualServiceRevenueWan)),
    POC_FINANCING("poc.financingWan", "threshold.POC_FINANCING_WAN", "unit.WAN", poc(Facts.PocFacts::financingWan)),
    POC_TRANSACTIONS("poc.techTransactionsWan", "threshold.POC_TECH_TRANSACTIONS_WAN", "unit.WAN",
            poc(Facts.PocFacts::techTransactionsWan)),
    POC_INCUBATED("poc.incubatedEnterprises", "threshold.POC_INCUBATED_ENTERPRISES", "unit.ENTERPRISES",
            poc(Facts.PocFacts::incubatedEnterprises)),
    POC_FUND("poc.fundWan", "threshold.POC_FUND_WAN", "unit.WAN", poc(Facts.PocFacts::fundWan)),
    PILOT_REVENUE("pilot.lastYearServiceRevenueWan", "threshold.PILOT_LAST_YEAR_SERVICE_REVENUE_WAN", "unit.WAN",
            pilot(Facts.PilotFacts::lastYearServiceRevenueWan)),
    PILOT_EQUIPMENT("pilot.equipmentValueWan", "threshold.PILOT_EQUIPMENT_VALUE_WAN", "unit.WAN",
            pilot(Facts.PilotFacts::equipmentValueWan)),
    PILOT_PROJECTS("pilot.pilotProjects", "threshold.PILOT_PROJECTS", "unit.ITEMS",
            pilot(Facts.PilotFacts::pilotProjects)),
    PILOT_PRODUCTIZED("pilot.productizedResults", "threshold.PILOT_PRODUCTIZED_RESULTS", "unit.ITEMS",
            pilot(Facts.PilotFacts::productizedResults)),
    PILOT_INCUBATED("pilot.incubatedEnterprises", "threshold.PILOT_INCUBATED_ENTERPRISES", "unit.ENTERPRISES",
            pilot(Facts.PilotFacts::incubatedEnterprises)),
    PILOT_VALUATION("pilot.incubatedValuationWan", "threshold.PILOT_INCUBATED_VALUATION_WAN", "unit.WAN",
            pilot(Facts.PilotFacts::incubatedValuationWan)),
    PILOT_INCUBATED_REVENUE("pilot.incubatedRevenueWan", "threshold.PILOT_INCUBATED_REVENUE_WAN", "unit.WAN",
            pilot(Facts.PilotFacts::incubatedRevenueWan)),
    PILOT_CONTRACTS("pilot.techContractsWan", "threshold.PILOT_TECH_CONTRACTS_WAN", "unit.WAN",
            pilot(Facts.PilotFacts::techContractsWan));

    static final List<FactFigure> CAPACITY = List.of(SITE_AREA, OPERATING_TEAM, ADVISORS, TECH_BROKERS,
            RESERVE_PROJECTS);
    static final List<FactFigure> POC = List.of(POC_REVENUE, POC_FINANCING, POC_TRANSACTIONS, POC_INCUBATED, POC_FUND);
    static final List<FactFigure> PILOT = List.of(PILOT_REVENUE, PILOT_EQUIPMENT, PILOT_PROJECTS, PILOT_PRODUCTIZED,
            PILOT_INCUBATED, PILOT_VALUATION, PILOT_INCUBATED_REVENUE, PILOT_CONTRACTS);

    final String apiField;
    final String labelKey;
    final String unitKey;
    private final Function<Facts, @Nullable Object> value;

    FactFigure(String apiField, String labelKey, String unitKey, Function<Facts, @Nullable Object> value) {
        this.apiField = apiField;
        this.labelKey = labelKey;
        this.unitKey = unitKey;
        this.value = value;
    }

    /** The figure as declared; none when its kind's section is missing. */
    @Nullable Object of(Facts facts) {
        return value.apply(facts);
    }

    /**
     * Whether a stored figure can be shown: one that no check would let through (an exponent in the millions) is
     * written out digit by digit when shown and would hang the page, so it is left out and the check marks it.
     */
    static boolean showable(@Nullable BigDecimal value) {
        return value == null || value.abs().compareTo(FactsCheck.MAX_FIGURE) <= 0
                && value.stripTrailingZeros().scale() <= 20;
    }

    private static Function<Facts, @Nullable Object> poc(Function<Facts.PocFacts, Object> figure) {
        return f -> f.poc() == null ? null : figure.apply(f.poc());
    }

    private static Function<Facts, @Nullable Object> pilot(Function<Facts.PilotFacts, Object> figure) {
        return f -> f.pilot() == null ? null : figure.apply(f.pilot());
    }
}
