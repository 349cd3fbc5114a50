package cn.kunming.kjj.carrier.security;

import cn.kunming.kjj.carrier.common.UnitId;
import cn.kunming.kjj.carrier.support.ForeignData;
import cn.kunming.kjj.carrier.review.ReviewScenario;
import cn.kunming.kjj.carrier.support.As;
import cn.kunming.kjj.carrier.support.Fixtures;
import cn.kunming.kjj.carrier.support.KaribuTest;
import cn.kunming.kjj.carrier.support.MovableClock;
import cn.kunming.kjj.carrier.tenant.ActivationStatus;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Every view that opens a record by its id in the address, generated from the routes: a foreign role opening a
 * record of 五华区 sees exactly what it sees for an id that does not exist. A new view with an id in its address
 * fails here until it is classified.
 */
class IsolationRoutesTest extends KaribuTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    ReviewScenario scenario;
    @Autowired
    MovableClock clock;
    @Autowired
    cn.kunming.kjj.carrier.authority.AuthorityScenario authorities;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private static List<Class<?>> viewsWithAnIdInTheAddress() {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        List<Class<?>> views = new ArrayList<>();
        for (var candidate : scanner.findCandidateComponents("cn.kunming.kjj.carrier")) {
            Class<?> view = ClassUtils.resolveClassName(candidate.getBeanClassName(), IsolationRoutesTest.class.getClassLoader());
            if (HasUrlParameter.class.isAssignableFrom(view) || view.getAnnotation(Route.class).value().contains("/:")) {
                views.add(view);
            }
        }
        return views;
    }

    /** The addresses of the view that name a record, each with the id of the owner's record it names there. */
    private static Map<String, Long> addressesOf(Class<?> view, ForeignData.Owned o) {
        String route = view.getAnnotation(Route.class).value();
        return switch (view.getSimpleName()) {
            case "DossierView", "DistrictReviewView", "AuthorityDossierView", "DossierHistoryView" -> Map.of(route, o.dossier());
            case "ConsultationView" -> Map.of(route, o.notice());
            case "AuthorityReportView" -> Map.of(route, o.report());
            case "ExpertReviewView" -> Map.of("expert/review", o.dossier(), "expert/report", o.report());
            case "CarrierFileView" -> Map.of(route, o.carrier());
            case "UnitView" -> Map.of(route, o.unit());
            case "ReportView" -> Map.of(route, o.report());
            case "MajorChangeView" -> Map.of(route, o.change());
            case "PublicNoticeView" -> Map.of(); // public notices are published on purpose (P4.5)
            default -> fail(view.getSimpleName() + ": classify what the id in its address names");
        };
    }

    /** What the reader sees: the view shown and all of its text. */
    private String seenAt(String route, long id) {
        UI.getCurrent().navigate(route + "/" + id);
        Component view = UI.getCurrent().getCurrentView();
        return view.getClass().getSimpleName() + " " + view.getElement().getTextRecursively();
    }

    @Test
    void noForeignRoleOpensARecordOfAnotherTenantOrUnitByItsAddress() {
        ForeignData.Owned owned = new ForeignData(context).owned();
        UnitId sameTenantUnit = fixtures.unit(ForeignData.OWNER, ActivationStatus.ACTIVE);
        UnitId otherTenantUnit = fixtures.unit("530103", ActivationStatus.ACTIVE);
        PortalUser expert = scenario.expert("局外专家乙").user();
        cn.kunming.kjj.carrier.common.TenantId otherField = authorities.authority("另一领域的行业主管部门");
        authorities.link(otherField, Fixtures.unique("另一产业领域"));
        List<Class<?>> views = viewsWithAnIdInTheAddress();
        assertThat(views).hasSizeGreaterThanOrEqualTo(10);
        int compared = 0;
        List<Map.Entry<String, Long>> addresses = views.stream()
                .flatMap(view -> addressesOf(view, owned).entrySet().stream()).toList();
        for (Map.Entry<String, Long> address : addresses) {
            String route = address.getKey();
            long id = address.getValue();
            List<String> actors = List.of("盘龙区的属地管理员", "五华区另一家单位的经办人", "盘龙区单位的经办人", "未被分派的专家",
                    "另一产业领域的行业主管部门");
            int actor = 0;
            for (Runnable signIn : List.<Runnable>of(
                    () -> login(Role.DISTRICT_OFFICER, "530103"),
                    () -> login(Role.APPLICANT, ForeignData.OWNER, sameTenantUnit, -21),
                    () -> login(Role.APPLICANT, "530103", otherTenantUnit, -22),
                    () -> {
                        As.signIn(expert);
                        login(Role.EXPERT, null, null, expert.accountId());
                    },
                    () -> login(Role.INDUSTRY_AUTHORITY, otherField.value()))) {
                signIn.run();
                String owners = seenAt(route, id);
                String missing = seenAt(route, ForeignData.MISSING);
                assertThat(owners).as(route + "/" + id + " as " + actors.get(actor++)).isEqualTo(missing);
                compared++;
                logout();
            }
        }
        assertThat(compared).isEqualTo(12 * 5);
    }
}
