package cn.kunming.kjj.carrier.dashboard;

import cn.kunming.kjj.carrier.common.CarrierId;
import cn.kunming.kjj.carrier.common.NoticeId;
import cn.kunming.kjj.carrier.common.CallId;
import cn.kunming.kjj.carrier.common.DossierId;
import cn.kunming.kjj.carrier.carrier.CarrierManagementService;
import cn.kunming.kjj.carrier.carrier.CarrierService;
import cn.kunming.kjj.carrier.carrier.ManagementRecords.FilingStatus;
import cn.kunming.kjj.carrier.carrier.SubsidyState;
import cn.kunming.kjj.carrier.common.TenantId;
import cn.kunming.kjj.carrier.dossier.DossierListService;
import cn.kunming.kjj.carrier.dossier.DossierService;
import cn.kunming.kjj.carrier.dossier.DossierStage;
import cn.kunming.kjj.carrier.publicity.PublicNoticeService;
import cn.kunming.kjj.carrier.review.ReviewScenario;
import cn.kunming.kjj.carrier.security.Role;
import cn.kunming.kjj.carrier.support.As;
import cn.kunming.kjj.carrier.support.MovableClock;
import cn.kunming.kjj.carrier.support.PortalSpringTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

@PortalSpringTest
@Transactional
class DashboardTest {

    private static final String WUHUA = "530102";
    private static final String PANLONG = "530103";

    @Autowired
    DashboardService dashboards;
    @Autowired
    DossierService dossiers;
    @Autowired
    DossierListService dossierList;
    @Autowired
    CarrierService carriers;
    @Autowired
    CarrierManagementService management;
    @Autowired
    PublicNoticeService notices;
    @Autowired
    ReviewScenario scenario;
    @Autowired
    MovableClock clock;

    private CallId call;

    /**
     * One call with three dossiers submitted in 五华区 (one of them approved as a carrier, filed with the province
     * and so owed its subsidy) and two in 盘龙区 (one recommended).
     */
    @BeforeEach
    void aCallWithDossiersInTwoTenants() {
        clock.set(LocalDate.of(2026, 6, 1).atTime(10, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant());
        call = scenario.openCall();
        scenario.submitted(call, WUHUA);
        scenario.submitted(call, WUHUA);
        scenario.submitted(call, PANLONG);
        DossierId recommended = scenario.submitted(call, PANLONG).dossierId();
        scenario.recommend(recommended, PANLONG);
        CarrierId carrier = scenario.approvedCarrier(call, WUHUA, clock, notices, carriers);
        As.role(Role.BUREAU_OFFICER, "KMKJJ");
        management.recordFiling(carrier, FilingStatus.FILED, "云科函〔2026〕9号", LocalDate.now(clock), null, null);
        As.signOut();
    }

    @AfterEach
    void reset() {
        As.signOut();
        clock.reset();
    }

    private static List<Figure> figures(Overview o) {
        List<Figure> all = new ArrayList<>();
        o.pipelines().forEach(p -> all.addAll(p.stages()));
        Stream.of(o.dossiersByTenant(), o.dossiersByKind(), o.dossiersByField(), o.carriersByTenant(),
                o.carriersByKind(), o.carriersByField(), o.carriersByStatus(), o.subsidy(), o.dossiersByYear(),
                o.carriersByYear()).forEach(all::addAll);
        return all;
    }

    private long listLength(Drill drill) {
        return switch (drill) {
            case Drill.Dossiers d -> dossierList.list(d.filter()).size();
            case Drill.Carriers c -> carriers.register(c.filter()).size();
        };
    }

    private void assertEveryFigureIsTheLengthOfItsList(Overview o) {
        List<Figure> linked = figures(o).stream().filter(f -> f.drill() != null).toList();
        assertThat(linked).as("figures with a list").hasSizeGreaterThan(10);
        for (Figure f : linked) {
            assertThat(listLength(f.drill())).as(f + " against its list").isEqualTo(f.count());
        }
    }

    private Pipeline pipelineOfTheCall(Overview o) {
        return o.pipelines().stream().filter(p -> p.callId().equals(call)).findFirst().orElseThrow();
    }

    private static long stage(Pipeline p, DossierStage stage) {
        return p.stages().get(stage.ordinal()).count();
    }

    @Test
    void everyFigureOfTheBureauDashboardEqualsTheLengthOfTheListItLinksTo() {
        As.role(Role.BUREAU_OFFICER, "KMKJJ");
        Overview o = dashboards.overview(null);
        assertEveryFigureIsTheLengthOfItsList(o);
        Pipeline p = pipelineOfTheCall(o);
        assertThat(stage(p, DossierStage.SUBMITTED)).isEqualTo(5);
        assertThat(stage(p, DossierStage.RECOMMENDED)).isEqualTo(2);
        assertThat(stage(p, DossierStage.APPROVED)).isEqualTo(1);
        assertThat(p.conversion(1)).isEqualTo(40);
        assertThat(o.subsidy().get(SubsidyState.OWED.ordinal()).count()).isPositive();
    }

    @Test
    void everyFigureOfADistrictDashboardEqualsTheLengthOfTheListItLinksTo() {
        As.role(Role.DISTRICT_OFFICER, PANLONG);
        assertEveryFigureIsTheLengthOfItsList(dashboards.overview(null));
    }

    @Test
    void aDistrictDashboardNeverCountsAnotherTenantEvenWhenItAsksForOne() {
        As.role(Role.DISTRICT_OFFICER, PANLONG);
        Overview o = dashboards.overview(new TenantId(WUHUA));
        assertThat(o.tenant()).isEqualTo(new TenantId(PANLONG));
        assertThat(o.dossiersByTenant()).extracting(Figure::label).containsExactly("盘龙区");
        assertThat(o.carriersByTenant()).extracting(Figure::label).doesNotContain("五华区");
        Pipeline p = pipelineOfTheCall(o);
        assertThat(stage(p, DossierStage.SUBMITTED)).isEqualTo(2);
        assertThat(stage(p, DossierStage.APPROVED)).isZero();
    }

    @Test
    void theBureauLookingAtOneTenantSeesWhatThatDistrictSees() {
        As.role(Role.DISTRICT_OFFICER, WUHUA);
        Overview district = dashboards.overview(null);
        As.role(Role.BUREAU_OFFICER, "KMKJJ");
        Overview bureau = dashboards.overview(new TenantId(WUHUA));
        assertThat(figures(bureau)).extracting(Figure::count).containsExactlyElementsOf(
                figures(district).stream().map(Figure::count).toList());
        assertThat(stage(pipelineOfTheCall(bureau), DossierStage.APPROVED)).isEqualTo(1);
        assertEveryFigureIsTheLengthOfItsList(bureau);
    }

    @Test
    void anApprovedSubsidyMovesTheCarrierFromOwedToDisbursed() {
        As.role(Role.BUREAU_OFFICER, "KMKJJ");
        Overview before = dashboards.overview(new TenantId(WUHUA));
        CarrierId carrier = carriers.register(cn.kunming.kjj.carrier.carrier.CarrierFilter.none().withSubsidy(SubsidyState.OWED)
                .withTenant(new TenantId(WUHUA))).getFirst().id();
        As.user(101, Role.BUREAU_OFFICER, "KMKJJ", null);
        management.prepareSubsidy(carrier, LocalDate.now(clock), "记-101");
        As.user(102, Role.BUREAU_OFFICER, "KMKJJ", null);
        management.approveSubsidy(carrier);
        Overview after = dashboards.overview(new TenantId(WUHUA));
        assertThat(after.subsidy().get(0).count()).isEqualTo(before.subsidy().get(0).count() - 1);
        assertThat(after.subsidy().get(1).count()).isEqualTo(before.subsidy().get(1).count() + 1);
        assertThat(after.subsidy().get(1).amountYuan())
                .isEqualByComparingTo(before.subsidy().get(1).amountYuan().add(new java.math.BigDecimal("100000.00")));
        assertEveryFigureIsTheLengthOfItsList(after);
    }

    @Test
    void theNoticeEndingThisMonthIsAmongTheDeadlines() {
        As.role(Role.BUREAU_OFFICER, "KMKJJ");
        CallId other = scenario.openCall();
        scenario.proposed(other, WUHUA);
        As.role(Role.BUREAU_OFFICER, "KMKJJ");
        LocalDate today = LocalDate.now(clock);
        LocalDate end = notices.period(today).defaultEnd();
        NoticeId notice = notices.publish(other, today, end, "0871-2");
        Overview o = dashboards.overview(null);
        assertThat(o.deadlines()).filteredOn(d -> d.kind() == Deadline.Kind.NOTICE_ENDS && d.targetId() == notice.value())
                .extracting(Deadline::date).containsExactly(end);
    }
}
