package cn.kunming.kjj.carrier.eligibility;

import cn.kunming.kjj.carrier.common.CarrierKind;
import cn.kunming.kjj.carrier.common.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class NamingRuleTest {

    @Test
    void kunmingPlusAFieldPlusTheKindsSuffixPasses() {
        assertThat(NamingRule.check(CarrierKind.CONCEPT_CENTER, "昆明市生物医药概念验证中心").outcome()).isEqualTo(Outcome.PASS);
        assertThat(NamingRule.check(CarrierKind.PILOT_PLATFORM, " 昆明市新材料中试平台 ").outcome()).isEqualTo(Outcome.PASS);
    }

    @Test
    void thePilotSuffixOnAConceptCentreFailsAndSaysWhichSuffixIsExpected() {
        RuleResult r = NamingRule.check(CarrierKind.CONCEPT_CENTER, "昆明市生物医药中试平台");
        assertThat(r.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(r.message(Messages.CHINESE)).isEqualTo(
                "第四条第（二）项〔P4.2〕：名称“昆明市生物医药中试平台”以“中试平台”结尾，但申报类型为概念验证中心，应为“昆明市＋产业领域＋概念验证中心”。");
    }

    @Test
    void theConceptSuffixOnAPilotPlatformFails() {
        assertThat(NamingRule.check(CarrierKind.PILOT_PLATFORM, "昆明市生物医药概念验证中心").outcome()).isEqualTo(Outcome.FAIL);
    }

    @ParameterizedTest
    @ValueSource(strings = {"云南省生物医药概念验证中心", "生物医药概念验证中心", "昆明市概念验证中心", "昆明市生物医药验证中心", ""})
    void otherFormsFailWithTheExpectedFormShown(String name) {
        RuleResult r = NamingRule.check(CarrierKind.CONCEPT_CENTER, name);
        assertThat(r.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(r.message(Messages.CHINESE)).contains("昆明市＋产业领域＋概念验证中心");
    }
}
