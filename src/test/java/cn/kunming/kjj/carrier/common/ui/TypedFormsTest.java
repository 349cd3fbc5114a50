package cn.kunming.kjj.carrier.common.ui;

import cn.kunming.kjj.carrier.common.UnitId;
import cn.kunming.kjj.carrier.common.CarrierId;
import cn.kunming.kjj.carrier.common.CallId;
import cn.kunming.kjj.carrier.common.ReportId;
import cn.kunming.kjj.carrier.common.DossierId;
import cn.kunming.kjj.carrier.support.Scenarios;
import cn.kunming.kjj.carrier.annualreport.AnnualReportService;
import cn.kunming.kjj.carrier.call.CallService;
import cn.kunming.kjj.carrier.carrier.CarrierService;
import cn.kunming.kjj.carrier.common.CarrierKind;
import cn.kunming.kjj.carrier.dossier.DossierService;
import cn.kunming.kjj.carrier.publicity.PublicNoticeService;
import cn.kunming.kjj.carrier.review.ReviewScenario;
import cn.kunming.kjj.carrier.security.PortalUser;
import cn.kunming.kjj.carrier.security.Role;
import cn.kunming.kjj.carrier.support.As;
import cn.kunming.kjj.carrier.support.Fixtures;
import cn.kunming.kjj.carrier.support.KaribuTest;
import cn.kunming.kjj.carrier.support.MovableClock;
import cn.kunming.kjj.carrier.tenant.ActivationStatus;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.data.value.HasValueChangeMode;
import com.vaadin.flow.data.value.ValueChangeMode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The forms people type into at length (dossier, yearly report, major change): every typed field is found by walking
 * the open form, so a field added later is covered without anyone listing it.
 */
class TypedFormsTest extends KaribuTest {

    @Autowired
    CallService calls;
    @Autowired
    DossierService dossiers;
    @Autowired
    Fixtures fixtures;
    @Autowired
    ReviewScenario scenario;
    @Autowired
    PublicNoticeService notices;
    @Autowired
    CarrierService carriers;
    @Autowired
    AnnualReportService reports;
    @Autowired
    MovableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void everyTypedFieldOfTheDossierEditorReachesTheServerAfterAPauseInTypingNotOnBlur() {
        CallId call = Scenarios.openCall(calls);
        UnitId unit = fixtures.unit("530102", ActivationStatus.ACTIVE);
        As.user(4343, Role.APPLICANT, "530102", unit);
        DossierId id = dossiers.open(call, CarrierKind.PILOT_PLATFORM);
        As.signOut();
        login(Role.APPLICANT, "530102", unit, 4343);
        navigate("dossiers/" + id);

        List<HasValueChangeMode> typed = typedFields();
        assertThat(typed).hasSizeGreaterThan(20);
        assertSentWhileTyping(typed);
    }

    @Test
    void everyTypedFieldOfTheYearlyReportAndTheChangeFormReachesTheServerAfterAPauseInTyping() {
        ReportId reportId = reportOfACarrier();
        navigate("reports/" + reportId);
        List<HasValueChangeMode> report = typedFields();
        assertThat(report).hasSize(11);
        assertSentWhileTyping(report);

        navigate("changes");
        LocatorJ._get(Button.class, spec -> spec.withText("报告重大变化")).click();
        List<HasValueChangeMode> change = typedFields();
        assertThat(change).hasSizeGreaterThan(10);
        assertSentWhileTyping(change);
    }

    /** The applicant of a carrier approved in 2026, signed in, with its yearly report for 2026 open. */
    private ReportId reportOfACarrier() {
        clock.set(LocalDate.of(2026, 3, 2).atTime(10, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant());
        CarrierId carrier = scenario.approvedCarrier(scenario.openCall(), ReviewScenario.DISTRICT, clock, notices, carriers);
        PortalUser applicant = scenario.lastApplicant;
        clock.set(LocalDate.of(2027, 2, 1).atTime(10, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant());
        login(applicant.role(), applicant.tenantId().value(), applicant.unitId(), applicant.accountId());
        return reports.open(carrier, 2026);
    }

    /** Every editable field on the page (dialogs included) that sends its value as it is typed or on blur. */
    private static List<HasValueChangeMode> typedFields() {
        List<HasValueChangeMode> found = new ArrayList<>();
        walk(UI.getCurrent().getCurrentView(), found); // the page, not the top bar around it
        // an open dialog hangs off the UI as a virtual child, outside the tree of getChildren()
        LocatorJ._find(Dialog.class).forEach(d -> walk(d, found));
        return found.stream().distinct().toList();
    }

    private static void walk(Component c, List<HasValueChangeMode> found) {
        if (c instanceof HasValueChangeMode typed && c instanceof HasValue<?, ?> field && !field.isReadOnly()) {
            found.add(typed);
        }
        Stream<Component> children = c instanceof Dialog d ? Stream.concat(d.getChildren(),
                Stream.concat(d.getHeader().getElement().getChildren().flatMap(e -> e.getComponent().stream()),
                        d.getFooter().getElement().getChildren().flatMap(e -> e.getComponent().stream())))
                : c.getChildren();
        children.forEach(child -> walk(child, found));
    }

    private static void assertSentWhileTyping(List<HasValueChangeMode> fields) {
        assertThat(fields).allSatisfy(f -> {
            assertThat(f.getValueChangeMode()).as(f.toString()).isEqualTo(ValueChangeMode.LAZY);
            assertThat(f.getValueChangeTimeout()).as(f.toString()).isEqualTo(Autosave.TYPING_PAUSE_MS);
        });
    }
}
