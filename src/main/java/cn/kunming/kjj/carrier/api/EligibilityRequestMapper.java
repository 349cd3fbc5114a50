package cn.kunming.kjj.carrier.api;

import cn.kunming.kjj.carrier.common.CarrierKind;
import cn.kunming.kjj.carrier.common.Messages;
import cn.kunming.kjj.carrier.eligibility.Facts;
import cn.kunming.kjj.carrier.tenant.UnitType;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;

/** Turns the API request into facts, refusing the first unusable field by name. */
final class EligibilityRequestMapper {

    private final Locale locale;

    EligibilityRequestMapper(Locale locale) {
        this.locale = locale;
    }

    Facts toFacts(EligibilityCheckRequest r) {
        CarrierKind kind = enumValue("kind", r.kind(), CarrierKind.class);
        UnitType hostType = enumValue("hostType", r.hostType(), UnitType.class);
        LocalDate submittedOn = date("submittedOn", r.submittedOn());
        Facts.PocFacts poc = null;
        Facts.PilotFacts pilot = null;
        if (kind == CarrierKind.CONCEPT_CENTER) {
            EligibilityCheckRequest.Poc p = required("poc", r.poc());
            poc = new Facts.PocFacts(required("poc.annualServiceRevenueWan", p.annualServiceRevenueWan()),
                    required("poc.financingWan", p.financingWan()),
                    required("poc.techTransactionsWan", p.techTransactionsWan()),
                    required("poc.incubatedEnterprises", p.incubatedEnterprises()),
                    required("poc.fundWan", p.fundWan()));
        } else {
            EligibilityCheckRequest.Pilot p = required("pilot", r.pilot());
            pilot = new Facts.PilotFacts(required("pilot.lastYearServiceRevenueWan", p.lastYearServiceRevenueWan()),
                    required("pilot.equipmentValueWan", p.equipmentValueWan()),
                    required("pilot.pilotProjects", p.pilotProjects()),
                    required("pilot.productizedResults", p.productizedResults()),
                    required("pilot.incubatedEnterprises", p.incubatedEnterprises()),
                    required("pilot.incubatedValuationWan", p.incubatedValuationWan()),
                    required("pilot.incubatedRevenueWan", p.incubatedRevenueWan()),
                    required("pilot.techContractsWan", p.techContractsWan()));
        }
        return new Facts(kind, bounded("name", required("name", r.name()), Facts.MAX_NAME_LENGTH), submittedOn, hostType,
                required("independentLegalPerson", r.independentLegalPerson()),
                required("registeredInKunming", r.registeredInKunming()),
                required("siteAreaSqm", r.siteAreaSqm()),
                required("operatingTeam", r.operatingTeam()),
                required("headExperienced", r.headExperienced()),
                required("advisors", r.advisors()),
                required("techBrokers", r.techBrokers()),
                required("reserveProjects", r.reserveProjects()),
                required("servicesInLastTwoYears", r.servicesInLastTwoYears()),
                required("seriousDishonestyListed", r.seriousDishonestyListed()),
                required("majorIncidentInLastYear", r.majorIncidentInLastYear()),
                poc, pilot);
    }

    /** A refusal quotes at most this much of what was sent: an answer never echoes unbounded input. */
    private static final int SHOWN = 40;

    private String bounded(String field, String value, int maxLength) {
        if (value.codePointCount(0, value.length()) > maxLength) {
            throw new RequestProblem(field, Messages.get("api.tooLong", locale, field, maxLength));
        }
        return value;
    }

    private static String shown(Object value) {
        String text = value instanceof BigDecimal d ? d.toString() : String.valueOf(value);
        return text.length() <= SHOWN ? text : text.substring(0, SHOWN) + "…";
    }

    private <T> T required(String field, T value) {
        if (value == null || value instanceof String s && s.isBlank()) {
            throw new RequestProblem(field, Messages.get("api.required", locale, field));
        }
        if (value instanceof BigDecimal d && d.signum() < 0 || value instanceof Integer i && i < 0) {
            throw new RequestProblem(field, Messages.get("api.negative", locale, field, shown(value)));
        }
        return value;
    }

    private <E extends Enum<E>> E enumValue(String field, String value, Class<E> type) {
        required(field, value);
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            String allowed = String.join(", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
            throw new RequestProblem(field, Messages.get("api.unknownValue", locale, field, shown(value), allowed));
        }
    }

    private LocalDate date(String field, String value) {
        required(field, value);
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new RequestProblem(field, Messages.get("api.badDate", locale, field, shown(value)));
        }
    }
}
