package cn.kunming.kjj.carrier.eligibility;

import cn.kunming.kjj.carrier.common.CarrierKind;
import cn.kunming.kjj.carrier.common.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

class EligibilityRulesTest {

    private static final RuleSet KM_2025 = RuleSets.km2025();

    private static EligibilityResult evaluate(FactsBuilder facts) {
        return EligibilityRules.evaluate(facts.build(), KM_2025);
    }

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    @Test
    void aConceptCentreExactlyOnEveryThresholdIsEligible() {
        EligibilityResult e = evaluate(FactsBuilder.conceptCenter());
        assertThat(e.eligible()).isTrue();
        assertThat(e.results()).extracting(RuleResult::rule).containsExactly(
                "C2.1", "C2.2", "C2.3a", "C2.3b", "C2.3c", "C2.4a", "C2.4b", "C2.4c", "C2.5", "P4.2");
        assertThat(e.result("C2.2").outcome()).isEqualTo(Outcome.REVIEW);
        assertThat(e.metOptions()).containsExactly("C2.4c(1)");
        assertThat(e.ruleSetVersion()).isEqualTo("KM-2025-2");
    }

    @Test
    void aPilotPlatformExactlyOnEveryThresholdIsEligible() {
        EligibilityResult e = evaluate(FactsBuilder.pilotPlatform());
        assertThat(e.eligible()).isTrue();
        assertThat(e.results()).extracting(RuleResult::rule).containsExactly(
                "C3.1", "C3.2a", "C3.2b", "C3.3a", "C3.3b", "C3.4a", "C3.4b", "C3.5a", "C3.5b", "C3.5c", "C3.6", "P4.2");
        assertThat(e.result("C3.2a").outcome()).isEqualTo(Outcome.REVIEW);
        assertThat(e.metOptions()).containsExactly("C3.5c(1)");
    }

    /** rule, facts on the threshold, the same facts just below it. */
    static Stream<Arguments> thresholds() {
        return Stream.of(
                threshold("C2.3a", FactsBuilder::conceptCenter, f -> f.siteAreaSqm = d("199.99")),
                threshold("C2.3b", FactsBuilder::conceptCenter, f -> f.operatingTeam = 5),
                threshold("C2.3c", FactsBuilder::conceptCenter, f -> f.advisors = 4),
                threshold("C2.3c", FactsBuilder::conceptCenter, f -> f.techBrokers = 0),
                threshold("C2.4a", FactsBuilder::conceptCenter, f -> f.reserveProjects = 2),
                threshold("C2.4c", FactsBuilder::conceptCenter, f -> f.annualServiceRevenueWan = d("49.99")),
                threshold("C3.2b", FactsBuilder::pilotPlatform, f -> f.lastYearServiceRevenueWan = d("99.99")),
                threshold("C3.3a", FactsBuilder::pilotPlatform, f -> f.siteAreaSqm = d("999.99")),
                threshold("C3.3b", FactsBuilder::pilotPlatform, f -> f.equipmentValueWan = d("499.99")),
                threshold("C3.4a", FactsBuilder::pilotPlatform, f -> f.operatingTeam = 9),
                threshold("C3.4b", FactsBuilder::pilotPlatform, f -> f.advisors = 4),
                threshold("C3.4b", FactsBuilder::pilotPlatform, f -> f.techBrokers = 0),
                threshold("C3.5a", FactsBuilder::pilotPlatform, f -> f.reserveProjects = 4),
                threshold("C3.5c", FactsBuilder::pilotPlatform, f -> f.pilotProjects = 2),
                threshold("C3.5c", FactsBuilder::pilotPlatform, f -> f.productizedResults = 2));
    }

    private static Arguments threshold(String rule, java.util.function.Supplier<FactsBuilder> onThreshold,
                                       Consumer<FactsBuilder> justBelow) {
        return arguments(rule, onThreshold, justBelow);
    }

    @ParameterizedTest(name = "{0}: on the threshold passes, just below fails")
    @MethodSource("thresholds")
    void aValueOnTheThresholdPassesAndJustBelowFails(String rule, java.util.function.Supplier<FactsBuilder> facts,
                                                    Consumer<FactsBuilder> justBelow) {
        assertThat(evaluate(facts.get()).result(rule).outcome()).isEqualTo(Outcome.PASS);
        FactsBuilder below = facts.get();
        justBelow.accept(below);
        EligibilityResult e = evaluate(below);
        assertThat(e.result(rule).outcome()).isEqualTo(Outcome.FAIL);
        assertThat(e.eligible()).isFalse();
    }

    @Test
    void aFailedMinimumSaysTheValueTheThresholdAndTheGapInChinese() {
        FactsBuilder f = FactsBuilder.conceptCenter();
        f.siteAreaSqm = d("150");
        assertThat(evaluate(f).result("C2.3a").message(Messages.CHINESE))
                .isEqualTo("第二条第（三）项〔C2.3a〕：服务场地面积为 150 平方米，低于 200 平方米 的要求，还差 50 平方米。");
        assertThat(evaluate(f).result("C2.3a").message(Messages.ENGLISH))
                .isEqualTo("Art. 2(3) [C2.3a]: service site area is 150 m², below the required 200 m² (short by 50 m²).");
    }

    static Stream<Arguments> conceptOptions() {
        return Stream.of(
                arguments("C2.4c(1)", (Consumer<FactsBuilder>) f -> f.annualServiceRevenueWan = d("50")),
                arguments("C2.4c(2)", (Consumer<FactsBuilder>) f -> f.financingWan = d("200")),
                arguments("C2.4c(3)", (Consumer<FactsBuilder>) f -> f.techTransactionsWan = d("100")),
                arguments("C2.4c(4)", (Consumer<FactsBuilder>) f -> f.pocIncubated = 1),
                arguments("C2.4c(5)", (Consumer<FactsBuilder>) f -> f.fundWan = d("200")));
    }

    private static FactsBuilder conceptCenterWithNoOption() {
        FactsBuilder f = FactsBuilder.conceptCenter();
        f.annualServiceRevenueWan = d("49.99");
        f.financingWan = d("199.99");
        f.techTransactionsWan = d("99.99");
        f.pocIncubated = 0;
        f.fundWan = d("199.99");
        return f;
    }

    @ParameterizedTest(name = "{0} alone suffices")
    @MethodSource("conceptOptions")
    void eachOptionOfC24cAloneSuffices(String option, Consumer<FactsBuilder> meetOnlyThis) {
        FactsBuilder f = conceptCenterWithNoOption();
        meetOnlyThis.accept(f);
        EligibilityResult e = evaluate(f);
        assertThat(e.result("C2.4c").outcome()).isEqualTo(Outcome.PASS);
        assertThat(e.metOptions()).containsExactly(option);
    }

    @Test
    void noOptionOfC24cFailsAndListsEveryOptionWithItsValue() {
        EligibilityResult e = evaluate(conceptCenterWithNoOption());
        assertThat(e.result("C2.4c").outcome()).isEqualTo(Outcome.FAIL);
        assertThat(e.metOptions()).isEmpty();
        assertThat(e.result("C2.4c").message(Messages.CHINESE))
                .contains("以下 5 项均未达到", "（1）概念验证技术服务年收入 49.99 万元", "（5）设立概念验证（科技成果转化）资金 199.99 万元");
    }

    @Test
    void severalOptionsMetAreAllListed() {
        FactsBuilder f = FactsBuilder.conceptCenter();
        f.fundWan = d("300");
        assertThat(evaluate(f).metOptions()).containsExactly("C2.4c(1)", "C2.4c(5)");
    }

    private static FactsBuilder pilotWithNoOption() {
        FactsBuilder f = FactsBuilder.pilotPlatform();
        f.pilotProjects = 2;
        f.productizedResults = 3;
        f.pilotIncubated = 1;
        f.incubatedValuationWan = d("499.99");
        f.incubatedRevenueWan = d("99.99");
        f.techContractsWan = d("199.99");
        return f;
    }

    @Test
    void noOptionOfC35cFails() {
        EligibilityResult e = evaluate(pilotWithNoOption());
        assertThat(e.result("C3.5c").outcome()).isEqualTo(Outcome.FAIL);
        assertThat(e.metOptions()).isEmpty();
    }

    @Test
    void optionOneOfC35cNeedsBothProjectsAndProductizedResults() {
        FactsBuilder f = pilotWithNoOption();
        f.pilotProjects = 3;
        assertThat(evaluate(f).metOptions()).containsExactly("C3.5c(1)");
        f.productizedResults = 2;
        assertThat(evaluate(f).metOptions()).isEmpty();
    }

    @Test
    void optionTwoOfC35cNeedsAnEnterpriseAndEitherValuationOrRevenue() {
        FactsBuilder byValuation = pilotWithNoOption();
        byValuation.incubatedValuationWan = d("500");
        assertThat(evaluate(byValuation).metOptions()).containsExactly("C3.5c(2)");

        FactsBuilder byRevenue = pilotWithNoOption();
        byRevenue.incubatedRevenueWan = d("100");
        assertThat(evaluate(byRevenue).metOptions()).containsExactly("C3.5c(2)");

        FactsBuilder noEnterprise = pilotWithNoOption();
        noEnterprise.pilotIncubated = 0;
        noEnterprise.incubatedValuationWan = d("800");
        assertThat(evaluate(noEnterprise).metOptions()).isEmpty();
    }

    @Test
    void optionThreeOfC35cAloneSuffices() {
        FactsBuilder f = pilotWithNoOption();
        f.techContractsWan = d("200");
        assertThat(evaluate(f).metOptions()).containsExactly("C3.5c(3)");
    }

    static Stream<Arguments> yesNoConditions() {
        return Stream.of(
                arguments(CarrierKind.CONCEPT_CENTER, "C2.1", (Consumer<FactsBuilder>) f -> f.registeredInKunming = false),
                arguments(CarrierKind.CONCEPT_CENTER, "C2.1", (Consumer<FactsBuilder>) f -> f.independentLegalPerson = false),
                arguments(CarrierKind.CONCEPT_CENTER, "C2.1", (Consumer<FactsBuilder>) f -> f.hostType = null),
                arguments(CarrierKind.CONCEPT_CENTER, "C2.3b", (Consumer<FactsBuilder>) f -> f.headExperienced = false),
                arguments(CarrierKind.CONCEPT_CENTER, "C2.4b", (Consumer<FactsBuilder>) f -> f.servicesInLastTwoYears = false),
                arguments(CarrierKind.CONCEPT_CENTER, "C2.5", (Consumer<FactsBuilder>) f -> f.seriousDishonestyListed = true),
                arguments(CarrierKind.CONCEPT_CENTER, "C2.5", (Consumer<FactsBuilder>) f -> f.majorIncidentInLastYear = true),
                arguments(CarrierKind.PILOT_PLATFORM, "C3.1", (Consumer<FactsBuilder>) f -> f.registeredInKunming = false),
                arguments(CarrierKind.PILOT_PLATFORM, "C3.4a", (Consumer<FactsBuilder>) f -> f.headExperienced = false),
                arguments(CarrierKind.PILOT_PLATFORM, "C3.5b", (Consumer<FactsBuilder>) f -> f.servicesInLastTwoYears = false),
                arguments(CarrierKind.PILOT_PLATFORM, "C3.6", (Consumer<FactsBuilder>) f -> f.seriousDishonestyListed = true));
    }

    @ParameterizedTest(name = "{1} fails when its condition is not met")
    @MethodSource("yesNoConditions")
    void aYesNoConditionNotMetFailsItsRule(CarrierKind kind, String rule, Consumer<FactsBuilder> breakIt) {
        FactsBuilder f = kind == CarrierKind.CONCEPT_CENTER ? FactsBuilder.conceptCenter() : FactsBuilder.pilotPlatform();
        breakIt.accept(f);
        assertThat(evaluate(f).result(rule).outcome()).isEqualTo(Outcome.FAIL);
    }

    @Test
    void judgementRulesAreLeftForReviewAndDoNotBlockEligibility() {
        EligibilityResult e = evaluate(FactsBuilder.conceptCenter());
        assertThat(e.result("C2.2").outcome()).isEqualTo(Outcome.REVIEW);
        assertThat(e.result("C2.2").message(Messages.CHINESE)).contains("评审专家");
        assertThat(e.eligible()).isTrue();
    }

    @Test
    void theEncouragedIndependentEntityIsShownButNeverFails() {
        FactsBuilder f = FactsBuilder.conceptCenter();
        assertThat(evaluate(f).result("C2.1").message(Messages.CHINESE)).contains("鼓励概念验证中心注册为独立法人实体");
        assertThat(evaluate(f).result("C2.1").outcome()).isEqualTo(Outcome.PASS);
    }

    @Test
    void aDossierIsJudgedByTheVersionItIsGiven() {
        RuleSet stricter = RuleSets.with(KM_2025, "KM-2027-1", LocalDate.of(2027, 1, 1), Threshold.POC_SITE_AREA_SQM, "300");
        EligibilityResult old = EligibilityRules.evaluate(FactsBuilder.conceptCenter().build(), KM_2025);
        EligibilityResult newer = EligibilityRules.evaluate(FactsBuilder.conceptCenter().build(), stricter);
        assertThat(old.result("C2.3a").outcome()).isEqualTo(Outcome.PASS);
        assertThat(newer.result("C2.3a").outcome()).isEqualTo(Outcome.FAIL);
        assertThat(newer.ruleSetVersion()).isEqualTo("KM-2027-1");
    }

    @Test
    void missingPocFiguresCountAsZero() {
        FactsBuilder f = FactsBuilder.conceptCenter();
        Facts facts = f.build();
        Facts withoutPoc = new Facts(facts.kind(), facts.name(), facts.submittedOn(), facts.hostType(), true, true,
                facts.siteAreaSqm(), 6, true, 5, 1, 3, true, false, false, null, null);
        EligibilityResult e = EligibilityRules.evaluate(withoutPoc, KM_2025);
        assertThat(e.result("C2.4c").outcome()).isEqualTo(Outcome.FAIL);
        assertThat(e.eligible()).isFalse();
    }
}
