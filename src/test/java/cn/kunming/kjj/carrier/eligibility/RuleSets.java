package cn.kunming.kjj.carrier.eligibility;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

/** The thresholds of 昆科规〔2025〕2号 as the migration seeds them, for tests without a database. */
final class RuleSets {

    private RuleSets() {
    }

    static RuleSet km2025() {
        Map<Threshold, BigDecimal> t = new EnumMap<>(Threshold.class);
        put(t, "200", Threshold.POC_SITE_AREA_SQM);
        put(t, "6", Threshold.POC_OPERATING_TEAM);
        put(t, "5", Threshold.POC_ADVISORS, Threshold.PILOT_ADVISORS, Threshold.PILOT_RESERVE_PROJECTS);
        put(t, "1", Threshold.POC_TECH_BROKERS, Threshold.POC_INCUBATED_ENTERPRISES, Threshold.PILOT_TECH_BROKERS,
                Threshold.PILOT_INCUBATED_ENTERPRISES);
        put(t, "3", Threshold.POC_RESERVE_PROJECTS, Threshold.PILOT_PROJECTS, Threshold.PILOT_PRODUCTIZED_RESULTS);
        put(t, "50", Threshold.POC_ANNUAL_SERVICE_REVENUE_WAN);
        put(t, "200", Threshold.POC_FINANCING_WAN, Threshold.POC_FUND_WAN, Threshold.PILOT_TECH_CONTRACTS_WAN);
        put(t, "100", Threshold.POC_TECH_TRANSACTIONS_WAN, Threshold.PILOT_LAST_YEAR_SERVICE_REVENUE_WAN,
                Threshold.PILOT_INCUBATED_REVENUE_WAN);
        put(t, "1000", Threshold.PILOT_SITE_AREA_SQM);
        put(t, "500", Threshold.PILOT_EQUIPMENT_VALUE_WAN, Threshold.PILOT_INCUBATED_VALUATION_WAN);
        put(t, "10", Threshold.PILOT_OPERATING_TEAM);
        put(t, "5", Threshold.NOTICE_WORKING_DAYS);
        put(t, "3", Threshold.REPORT_DUE_MONTH, Threshold.CHANGE_REPORT_MONTHS);
        put(t, "31", Threshold.REPORT_DUE_DAY);
        put(t, "100000", Threshold.SUBSIDY_YUAN);
        put(t, "2", Threshold.REAPPLICATION_BAN_YEARS);
        return new RuleSet("KM-2025-2", "昆科规〔2025〕2号", LocalDate.of(2025, 11, 14), LocalDate.of(2028, 11, 14), t);
    }

    static RuleSet with(RuleSet base, String version, LocalDate from, Threshold threshold, String value) {
        Map<Threshold, BigDecimal> t = new EnumMap<>(base.thresholds());
        t.put(threshold, new BigDecimal(value));
        return new RuleSet(version, version, from, null, t);
    }

    /** The base version with several figures changed, in force from the day given. */
    static RuleSet with(RuleSet base, String version, LocalDate from, Map<Threshold, String> changes) {
        Map<Threshold, BigDecimal> t = new EnumMap<>(base.thresholds());
        changes.forEach((k, v) -> t.put(k, new BigDecimal(v)));
        return new RuleSet(version, version, from, null, t);
    }

    private static void put(Map<Threshold, BigDecimal> map, String value, Threshold... thresholds) {
        for (Threshold t : thresholds) {
            map.put(t, new BigDecimal(value));
        }
    }
}
