package cn.kunming.kjj.carrier.eligibility.ui;

import cn.kunming.kjj.carrier.common.CarrierKind;
import cn.kunming.kjj.carrier.eligibility.Facts;
import cn.kunming.kjj.carrier.support.KaribuTest;
import cn.kunming.kjj.carrier.tenant.UnitType;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class FactsSummaryTest extends KaribuTest {

    private static Facts conceptCentre(String name, BigDecimal siteArea) {
        return new Facts(CarrierKind.CONCEPT_CENTER, name, LocalDate.of(2026, 3, 16), UnitType.ENTERPRISE, true, true,
                siteArea, 6, true, 5, 1, 3, true, false, false,
                new Facts.PocFacts(new BigDecimal("50.5"), BigDecimal.ZERO, BigDecimal.ZERO, 2, BigDecimal.ZERO), null);
    }

    private static String markup(Facts facts) {
        return new FactsSummary(facts).getElement().getProperty("innerHTML");
    }

    @Test
    void aSubmittedConceptCentreReadsAsTheFormsLabelsWithItsValuesAndUnits() {
        String shown = markup(conceptCentre("昆明市生物医药概念验证中心", new BigDecimal("200")));
        assertThat(shown).contains("<dt>拟定名称</dt>", "<dd>昆明市生物医药概念验证中心</dd>", "<dd>200 平方米</dd>",
                "<dt>专业化运营团队人数</dt>", "<dd>6 人</dd>", "<dd>50.5 万元</dd>", "<dd>2 家</dd>", "<dd>是</dd>",
                "<dd>否</dd>", "建设成效").doesNotContain("服务能力与成效");
    }

    @Test
    void aPilotPlatformShowsItsOwnResultsAndLabelsAndNoneOfAConceptCentres() {
        Facts pilot = new Facts(CarrierKind.PILOT_PLATFORM, "中试平台", null, UnitType.ENTERPRISE, true, true,
                new BigDecimal("800"), 9, false, 4, 1, 2, false, false, false, null,
                new Facts.PilotFacts(new BigDecimal("300"), new BigDecimal("1200"), 12, 4, 3, BigDecimal.ZERO,
                        BigDecimal.ZERO, new BigDecimal("90")));
        assertThat(markup(pilot)).contains("服务能力与成效", "<dt>专业化运营管理团队人数</dt>", "<dd>1200 万元</dd>",
                "<dd>12 项</dd>").doesNotContain("建设成效", "专业化运营团队人数");
    }

    @Test
    void aNameWithMarkupIsShownAsTextNotRun() {
        String shown = markup(conceptCentre("<img src=x onerror=alert(1)>中心", BigDecimal.ONE));
        assertThat(shown).contains("&lt;img src=x onerror=alert(1)&gt;中心").doesNotContain("<img");
    }

    @Test
    void aFigureNoCheckWouldLetThroughIsShownAsADashNotWrittenOutDigitByDigit() {
        String shown = markup(conceptCentre("中心", new BigDecimal("1E+1000000")));
        assertThat(shown).contains("<dd>— 平方米</dd>").hasSizeLessThan(10_000);
    }

    @Test
    void aBlankNameIsShownAsADash() {
        assertThat(markup(conceptCentre(" ", BigDecimal.TEN))).contains("<dt>拟定名称</dt>", "<dd>—</dd>");
    }
}
