package cn.kunming.kjj.carrier.support;

import cn.kunming.kjj.carrier.common.CallId;
import cn.kunming.kjj.carrier.call.CallDraft;
import cn.kunming.kjj.carrier.call.CallService;
import cn.kunming.kjj.carrier.common.CarrierKind;
import cn.kunming.kjj.carrier.dossier.DossierContent;
import cn.kunming.kjj.carrier.eligibility.Facts;
import cn.kunming.kjj.carrier.security.Role;
import cn.kunming.kjj.carrier.tenant.UnitType;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

/** Starting points that tests of several features share: an open call, an eligible draft, a valid API request. */
public final class Scenarios {

    /** The body of a valid eligibility check: a concept-verification centre on every threshold. */
    public static final String CONCEPT_CENTRE_REQUEST = """
            {"kind":"CONCEPT_CENTER","name":"昆明市生物医药概念验证中心","submittedOn":"2026-03-16",
             "hostType":"UNIVERSITY","independentLegalPerson":true,"registeredInKunming":true,
             "siteAreaSqm":250,"operatingTeam":6,"headExperienced":true,"advisors":5,"techBrokers":1,
             "reserveProjects":3,"servicesInLastTwoYears":true,
             "seriousDishonestyListed":false,"majorIncidentInLastYear":false,
             "poc":{"annualServiceRevenueWan":50,"financingWan":0,"techTransactionsWan":0,"incubatedEnterprises":0,"fundWan":0}}
            """;

    private Scenarios() {
    }

    /** A published call open from yesterday for ten days. */
    public static CallId openCall(CallService calls) {
        As.role(Role.BUREAU_OFFICER, "KMKJJ");
        LocalDateTime now = calls.now();
        CallId id = calls.create(new CallDraft(now.getYear(), Fixtures.unique("申报通知"), Set.of(CarrierKind.values()),
                now.minusDays(1), now.plusDays(10), "", List.of()));
        calls.publish(id, 0);
        As.signOut();
        return id;
    }

    /** Facts exactly on every threshold of a concept-verification centre. */
    public static DossierContent eligibleContent() {
        Facts f = new Facts(CarrierKind.CONCEPT_CENTER, "昆明市生物医药概念验证中心", null, UnitType.UNIVERSITY, true, true,
                new BigDecimal("200"), 6, true, 5, 1, 3, true, false, false,
                new Facts.PocFacts(new BigDecimal("50"), BigDecimal.ZERO, BigDecimal.ZERO, 0, BigDecimal.ZERO), null);
        return new DossierContent(f, List.of("原理验证", "商业前景验证"), "验证项目管理办法、保密制度", true);
    }
}
