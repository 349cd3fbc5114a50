package cn.kunming.kjj.carrier.eligibility.ui;

import cn.kunming.kjj.carrier.common.UnitId;
import cn.kunming.kjj.carrier.common.CarrierKind;
import cn.kunming.kjj.carrier.security.Role;
import cn.kunming.kjj.carrier.support.KaribuTest;
import com.vaadin.flow.component.Component;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SelfCheckViewTest extends KaribuTest {

    private SelfCheckView open() {
        return (SelfCheckView) navigate("self-check");
    }

    private static void fillEligibleConceptCentre(FactsForm f) {
        f.kind.setValue(CarrierKind.CONCEPT_CENTER);
        f.name.setValue("昆明市生物医药概念验证中心");
        f.submittedOn.setValue(LocalDate.of(2026, 3, 16));
        f.registeredInKunming.setValue(true);
        f.independentLegalPerson.setValue(true);
        f.siteAreaSqm.setValue(new BigDecimal("200"));
        f.operatingTeam.setValue(6);
        f.headExperienced.setValue(true);
        f.advisors.setValue(5);
        f.techBrokers.setValue(1);
        f.reserveProjects.setValue(3);
        f.servicesInLastTwoYears.setValue(true);
        f.pocRevenue.setValue(new BigDecimal("50"));
    }

    private static List<String> outcomes(SelfCheckView view) {
        return rows(view).stream().map(r -> r.getElement().getAttribute("data-rule") + "="
                + r.getElement().getAttribute("data-outcome")).toList();
    }

    private static List<Component> rows(SelfCheckView view) {
        return view.result.getChildren().filter(c -> c instanceof com.vaadin.flow.component.orderedlayout.VerticalLayout)
                .flatMap(Component::getChildren).toList();
    }

    @Test
    void aVisitorWhoIsNotSignedInChecksAConceptCentreAndSeesItEligible() {
        SelfCheckView view = open();
        fillEligibleConceptCentre(view.form);
        assertThat(outcomes(view)).contains("C2.3a=PASS", "C2.4c=PASS", "P4.2=PASS", "C2.2=REVIEW")
                .noneMatch(o -> o.endsWith("=FAIL"));
        assertThat(view.result.getChildren().findFirst().orElseThrow().getElement().getText())
                .isEqualTo("按当前填写的情况，符合申报条件（另有 1 项需审核判断）");
    }

    @Test
    void theResultFollowsEachChangeAndPutsWhatToImproveFirst() {
        SelfCheckView view = open();
        fillEligibleConceptCentre(view.form);
        view.form.siteAreaSqm.setValue(new BigDecimal("150"));
        assertThat(outcomes(view).getFirst()).isEqualTo("C2.3a=FAIL");
        assertThat(rows(view).getFirst().getElement().getTextRecursively()).contains("还差 50 平方米");
        assertThat(view.result.getChildren().findFirst().orElseThrow().getElement().getText())
                .isEqualTo("尚有 1 项未达到申报条件，请对照下方红色条目改进");
    }

    @Test
    void moreBrokersThanAdvisorsMarksTheBrokerField() {
        SelfCheckView view = open();
        fillEligibleConceptCentre(view.form);
        view.form.techBrokers.setValue(9);
        assertThat(view.form.techBrokers.isInvalid()).isTrue();
        assertThat(view.form.techBrokers.getErrorMessage()).contains("多于顾问团队总人数");
        view.form.techBrokers.setValue(1);
        assertThat(view.form.techBrokers.isInvalid()).isFalse();
    }

    @Test
    void aPilotPlatformNamedLikeAConceptCentreFailsTheNamingRule() {
        SelfCheckView view = open();
        fillEligibleConceptCentre(view.form);
        view.form.kind.setValue(CarrierKind.PILOT_PLATFORM);
        assertThat(outcomes(view)).contains("P4.2=FAIL", "C3.3a=FAIL");
        assertThat(view.form.pilotRevenue.getParent().orElseThrow().isVisible()).isTrue();
        assertThat(view.form.pocRevenue.getParent().orElseThrow().isVisible()).isFalse();
    }

    @Test
    void aSignedInApplicantUsesTheSameCheckInEnglish() {
        login(Role.APPLICANT, "530102", UnitId.of(1), -1);
        english();
        SelfCheckView view = open();
        fillEligibleConceptCentre(view.form);
        assertThat(view.result.getChildren().findFirst().orElseThrow().getElement().getText())
                .startsWith("As filled in, the conditions are met");
    }
}
