package cn.kunming.kjj.carrier.api;

import io.swagger.v3.oas.annotations.media.Schema;

import java.math.BigDecimal;

/**
 * The request of {@code POST /api/v1/eligibility/check}. Enumerations and the date arrive as text so that a bad
 * value is refused naming its field rather than failing somewhere in the JSON parser.
 */
@Schema(description = "Facts declared for the conditions of Art. 2 (CONCEPT_CENTER) or Art. 3 (PILOT_PLATFORM); amounts in 万元")
public record EligibilityCheckRequest(
        @Schema(example = "CONCEPT_CENTER", allowableValues = {"CONCEPT_CENTER", "PILOT_PLATFORM"}) String kind,
        @Schema(example = "昆明市生物医药概念验证中心") String name,
        @Schema(example = "2026-03-16", description = "submission date; the rule-set version in force that day applies")
        String submittedOn,
        @Schema(example = "UNIVERSITY", allowableValues = {"UNIVERSITY", "RESEARCH_INSTITUTE", "MEDICAL_INSTITUTION",
                "ENTERPRISE", "PARK"}) String hostType,
        Boolean independentLegalPerson,
        Boolean registeredInKunming,
        @Schema(example = "250") BigDecimal siteAreaSqm,
        @Schema(example = "6") Integer operatingTeam,
        Boolean headExperienced,
        @Schema(example = "5", description = "advisor team, technology brokers included") Integer advisors,
        @Schema(example = "1") Integer techBrokers,
        @Schema(example = "3") Integer reserveProjects,
        Boolean servicesInLastTwoYears,
        Boolean seriousDishonestyListed,
        Boolean majorIncidentInLastYear,
        @Schema(description = "required for CONCEPT_CENTER") Poc poc,
        @Schema(description = "required for PILOT_PLATFORM") Pilot pilot) {

    public record Poc(BigDecimal annualServiceRevenueWan, BigDecimal financingWan, BigDecimal techTransactionsWan,
                      Integer incubatedEnterprises, BigDecimal fundWan) {
    }

    public record Pilot(BigDecimal lastYearServiceRevenueWan, BigDecimal equipmentValueWan, Integer pilotProjects,
                        Integer productizedResults, Integer incubatedEnterprises, BigDecimal incubatedValuationWan,
                        BigDecimal incubatedRevenueWan, BigDecimal techContractsWan) {
    }
}
