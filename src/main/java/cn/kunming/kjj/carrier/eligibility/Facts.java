package cn.kunming.kjj.carrier.eligibility;

import org.jspecify.annotations.Nullable;
import cn.kunming.kjj.carrier.common.CarrierKind;
import cn.kunming.kjj.carrier.tenant.UnitType;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What an applicant declares for the conditions of Art. 2–3. Amounts are in 万元, areas in m². {@code poc}
 * belongs to a concept-verification centre, {@code pilot} to a pilot platform.
 */
public record Facts(CarrierKind kind, String name, @Nullable LocalDate submittedOn, UnitType hostType,
                    boolean independentLegalPerson, boolean registeredInKunming, BigDecimal siteAreaSqm,
                    int operatingTeam, boolean headExperienced, int advisors, int techBrokers, int reserveProjects,
                    boolean servicesInLastTwoYears, boolean seriousDishonestyListed, boolean majorIncidentInLastYear,
                    @Nullable PocFacts poc, @Nullable PilotFacts pilot) {

    /** The longest proposed name the portal takes (form and API alike). */
    public static final int MAX_NAME_LENGTH = 100;


    /** The same facts judged as of another submission date. */
    public Facts submittedOn(LocalDate day) {
        return new Facts(kind, name, day, hostType, independentLegalPerson, registeredInKunming, siteAreaSqm,
                operatingTeam, headExperienced, advisors, techBrokers, reserveProjects, servicesInLastTwoYears,
                seriousDishonestyListed, majorIncidentInLastYear, poc, pilot);
    }

    /**
     * The same facts with a listing found by the portal's own credit checks (C2.5, C3.6) added: a unit found on a
     * list counts as listed whatever it declared; a unit that declared a listing stays listed.
     */
    public Facts listedByCheck(boolean foundListed) {
        return new Facts(kind, name, submittedOn, hostType, independentLegalPerson, registeredInKunming, siteAreaSqm,
                operatingTeam, headExperienced, advisors, techBrokers, reserveProjects, servicesInLastTwoYears,
                seriousDishonestyListed || foundListed, majorIncidentInLastYear, poc, pilot);
    }

    /** Art. 2(4) results of a concept-verification centre. */
    public record PocFacts(BigDecimal annualServiceRevenueWan, BigDecimal financingWan,
                           BigDecimal techTransactionsWan, int incubatedEnterprises, BigDecimal fundWan) {
        public static PocFacts none() {
            return new PocFacts(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, 0, BigDecimal.ZERO);
        }
    }

    /** Art. 3 figures of a pilot platform. */
    public record PilotFacts(BigDecimal lastYearServiceRevenueWan, BigDecimal equipmentValueWan, int pilotProjects,
                             int productizedResults, int incubatedEnterprises, BigDecimal incubatedValuationWan,
                             BigDecimal incubatedRevenueWan, BigDecimal techContractsWan) {
        public static PilotFacts none() {
            return new PilotFacts(BigDecimal.ZERO, BigDecimal.ZERO, 0, 0, 0, BigDecimal.ZERO, BigDecimal.ZERO,
                    BigDecimal.ZERO);
        }
    }
}
