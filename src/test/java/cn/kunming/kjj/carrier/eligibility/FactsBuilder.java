package cn.kunming.kjj.carrier.eligibility;

import cn.kunming.kjj.carrier.common.CarrierKind;
import cn.kunming.kjj.carrier.tenant.UnitType;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Facts exactly on every threshold of the 2025 measures (so: eligible), to be changed one value at a time. */
final class FactsBuilder {

    CarrierKind kind;
    String name;
    LocalDate submittedOn = LocalDate.of(2026, 3, 16);
    UnitType hostType = UnitType.UNIVERSITY;
    boolean independentLegalPerson = true;
    boolean registeredInKunming = true;
    BigDecimal siteAreaSqm;
    int operatingTeam;
    boolean headExperienced = true;
    int advisors = 5;
    int techBrokers = 1;
    int reserveProjects;
    boolean servicesInLastTwoYears = true;
    boolean seriousDishonestyListed;
    boolean majorIncidentInLastYear;
    // concept-verification centre: option (1) met, the others not
    BigDecimal annualServiceRevenueWan = new BigDecimal("50");
    BigDecimal financingWan = BigDecimal.ZERO;
    BigDecimal techTransactionsWan = BigDecimal.ZERO;
    int pocIncubated;
    BigDecimal fundWan = BigDecimal.ZERO;
    // pilot platform: option (1) met, the others not
    BigDecimal lastYearServiceRevenueWan = new BigDecimal("100");
    BigDecimal equipmentValueWan = new BigDecimal("500");
    int pilotProjects = 3;
    int productizedResults = 3;
    int pilotIncubated;
    BigDecimal incubatedValuationWan = BigDecimal.ZERO;
    BigDecimal incubatedRevenueWan = BigDecimal.ZERO;
    BigDecimal techContractsWan = BigDecimal.ZERO;

    static FactsBuilder conceptCenter() {
        FactsBuilder b = new FactsBuilder();
        b.kind = CarrierKind.CONCEPT_CENTER;
        b.name = "昆明市生物医药概念验证中心";
        b.siteAreaSqm = new BigDecimal("200");
        b.operatingTeam = 6;
        b.reserveProjects = 3;
        return b;
    }

    static FactsBuilder pilotPlatform() {
        FactsBuilder b = new FactsBuilder();
        b.kind = CarrierKind.PILOT_PLATFORM;
        b.name = "昆明市新材料中试平台";
        b.siteAreaSqm = new BigDecimal("1000");
        b.operatingTeam = 10;
        b.reserveProjects = 5;
        return b;
    }

    Facts build() {
        return new Facts(kind, name, submittedOn, hostType, independentLegalPerson, registeredInKunming, siteAreaSqm,
                operatingTeam, headExperienced, advisors, techBrokers, reserveProjects, servicesInLastTwoYears,
                seriousDishonestyListed, majorIncidentInLastYear,
                kind == CarrierKind.CONCEPT_CENTER ? new Facts.PocFacts(annualServiceRevenueWan, financingWan,
                        techTransactionsWan, pocIncubated, fundWan) : null,
                kind == CarrierKind.PILOT_PLATFORM ? new Facts.PilotFacts(lastYearServiceRevenueWan, equipmentValueWan,
                        pilotProjects, productizedResults, pilotIncubated, incubatedValuationWan, incubatedRevenueWan,
                        techContractsWan) : null);
    }
}
