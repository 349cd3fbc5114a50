package cn.kunming.kjj.carrier.annualreport;

import org.jspecify.annotations.Nullable;
import java.math.BigDecimal;

/**
 * A yearly report (M5.1): the seven sections the measure names, and the key figures (amounts in 万元).
 */
public record ReportContent(String basicConditions, String talentTeam, String serviceProjects, String results,
                            String successCases, String financialStatus, String problems,
                            @Nullable BigDecimal serviceRevenueWan, @Nullable Integer projectsServed,
                            @Nullable Integer enterprisesIncubated, @Nullable BigDecimal financingRaisedWan) {

    public static ReportContent empty() {
        return new ReportContent("", "", "", "", "", "", "", null, null, null, null);
    }

    /** The message keys of what is still missing before submission. */
    public java.util.List<String> missing() {
        java.util.List<String> missing = new java.util.ArrayList<>();
        String[][] sections = {{basicConditions, "basicConditions"}, {talentTeam, "talentTeam"},
                {serviceProjects, "serviceProjects"}, {results, "results"}, {successCases, "successCases"},
                {financialStatus, "financialStatus"}, {problems, "problems"}};
        for (String[] s : sections) {
            if (s[0] == null || s[0].isBlank()) {
                missing.add("report." + s[1]);
            }
        }
        if (serviceRevenueWan == null || projectsServed == null || enterprisesIncubated == null || financingRaisedWan == null) {
            missing.add("report.figures");
        }
        return missing;
    }
}
