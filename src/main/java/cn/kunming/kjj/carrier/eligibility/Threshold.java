package cn.kunming.kjj.carrier.eligibility;

/**
 * Every number the measures set for Art. 2 and 3 (A8.1: thresholds are data). Each belongs to one rule and is
 * stored per rule-set version; all are inclusive lower bounds (PRC Civil Code art. 1259: 以上/不少于 include
 * the number itself).
 */
public enum Threshold {
    POC_SITE_AREA_SQM("C2.3a", Unit.SQUARE_METRES),
    POC_OPERATING_TEAM("C2.3b", Unit.PEOPLE),
    POC_ADVISORS("C2.3c", Unit.PEOPLE),
    POC_TECH_BROKERS("C2.3c", Unit.PEOPLE),
    POC_RESERVE_PROJECTS("C2.4a", Unit.ITEMS),
    POC_ANNUAL_SERVICE_REVENUE_WAN("C2.4c", Unit.WAN),
    POC_FINANCING_WAN("C2.4c", Unit.WAN),
    POC_TECH_TRANSACTIONS_WAN("C2.4c", Unit.WAN),
    POC_INCUBATED_ENTERPRISES("C2.4c", Unit.ENTERPRISES),
    POC_FUND_WAN("C2.4c", Unit.WAN),
    PILOT_LAST_YEAR_SERVICE_REVENUE_WAN("C3.2b", Unit.WAN),
    PILOT_SITE_AREA_SQM("C3.3a", Unit.SQUARE_METRES),
    PILOT_EQUIPMENT_VALUE_WAN("C3.3b", Unit.WAN),
    PILOT_OPERATING_TEAM("C3.4a", Unit.PEOPLE),
    PILOT_ADVISORS("C3.4b", Unit.PEOPLE),
    PILOT_TECH_BROKERS("C3.4b", Unit.PEOPLE),
    PILOT_RESERVE_PROJECTS("C3.5a", Unit.ITEMS),
    PILOT_PROJECTS("C3.5c", Unit.ITEMS),
    PILOT_PRODUCTIZED_RESULTS("C3.5c", Unit.ITEMS),
    PILOT_INCUBATED_ENTERPRISES("C3.5c", Unit.ENTERPRISES),
    PILOT_INCUBATED_VALUATION_WAN("C3.5c", Unit.WAN),
    PILOT_INCUBATED_REVENUE_WAN("C3.5c", Unit.WAN),
    PILOT_TECH_CONTRACTS_WAN("C3.5c", Unit.WAN);

    /** The unit a threshold is stated in; its display word comes from the message bundle. */
    public enum Unit {
        SQUARE_METRES, PEOPLE, ITEMS, ENTERPRISES, WAN;

        public String messageKey() {
            return "unit." + name();
        }
    }

    private final String ruleId;
    private final Unit unit;

    Threshold(String ruleId, Unit unit) {
        this.ruleId = ruleId;
        this.unit = unit;
    }

    public String ruleId() {
        return ruleId;
    }

    public Unit unit() {
        return unit;
    }

    public String messageKey() {
        return "threshold." + name();
    }
}
