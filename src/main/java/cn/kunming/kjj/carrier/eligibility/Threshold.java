package cn.kunming.kjj.carrier.eligibility;

/**
 * Every number the measures set (A8.1: the figures are data, versioned with the rule set, so that a successor measure
 * changes them without a release). Those of Art. 2 and 3 are inclusive lower bounds (PRC Civil Code art. 1259:
 * 以上/不少于 include the number itself); those of Art. 4 to 6 are periods, a day of the year and an amount.
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
    PILOT_TECH_CONTRACTS_WAN("C3.5c", Unit.WAN),
    NOTICE_WORKING_DAYS("P4.5", Unit.WORKING_DAYS),
    REPORT_DUE_MONTH("M5.1", Unit.MONTH_OF_YEAR),
    REPORT_DUE_DAY("M5.1", Unit.DAY_OF_MONTH),
    SUBSIDY_YUAN("M5.2", Unit.YUAN),
    REAPPLICATION_BAN_YEARS("M5.4", Unit.YEARS),
    CHANGE_REPORT_MONTHS("G6.1", Unit.MONTHS);

    /** The unit a threshold is stated in; its display word comes from the message bundle. */
    public enum Unit {
        SQUARE_METRES, PEOPLE, ITEMS, ENTERPRISES, WAN, WORKING_DAYS, MONTHS, YEARS, YUAN, MONTH_OF_YEAR, DAY_OF_MONTH;

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
