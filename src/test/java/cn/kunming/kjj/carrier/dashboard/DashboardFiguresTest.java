package cn.kunming.kjj.carrier.dashboard;

import cn.kunming.kjj.carrier.common.CallId;
import cn.kunming.kjj.carrier.common.TenantId;
import cn.kunming.kjj.carrier.dossier.DossierStage;
import cn.kunming.kjj.carrier.review.ReviewScenario;
import cn.kunming.kjj.carrier.security.Role;
import cn.kunming.kjj.carrier.support.As;
import cn.kunming.kjj.carrier.support.PortalSpringTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboards' figures shared between sessions (decision 0033), with real commits (no test transaction): one
 * computation per scope until a committed change touches it, and never the figures of another scope.
 */
@PortalSpringTest
class DashboardFiguresTest {

    private static final String WUHUA = "530102";
    private static final String PANLONG = "530103";

    @Autowired
    DashboardService dashboards;
    @Autowired
    ReviewScenario scenario;
    @Autowired
    TransactionTemplate tx;

    private CallId call;

    @BeforeEach
    void dossiersInTwoTenants() {
        call = scenario.openCall();
        scenario.submitted(call, WUHUA);
        scenario.submitted(call, PANLONG);
        scenario.submitted(call, PANLONG);
    }

    @AfterEach
    void signOut() {
        As.signOut();
    }

    private Overview asDistrict(String tenant) {
        As.role(Role.DISTRICT_OFFICER, tenant);
        return dashboards.overview(null);
    }

    private Overview asBureau(String narrowTo) {
        As.role(Role.BUREAU_OFFICER, "KMKJJ");
        return dashboards.overview(narrowTo == null ? null : new TenantId(narrowTo));
    }

    /** The figures as computed afresh: inside a transaction of the test's own, where nothing is shared. */
    private Overview fresh(Role role, String tenant, String narrowTo) {
        As.role(role, tenant);
        return tx.execute(s -> dashboards.overview(narrowTo == null ? null : new TenantId(narrowTo)));
    }

    private long submitted(Overview o) {
        return o.pipelines().stream().filter(p -> p.callId().equals(call)).findFirst().orElseThrow()
                .stages().get(DossierStage.SUBMITTED.ordinal()).count();
    }

    @Test
    void aDistrictNeverReadsTheFiguresThatAnotherTenantOrTheBureauLeftShared() {
        Overview panlong = asDistrict(PANLONG);
        Overview bureauOnWuhua = asBureau(WUHUA);
        Overview bureauOnAll = asBureau(null);
        Overview wuhua = asDistrict(WUHUA);
        assertThat(wuhua.tenant()).isEqualTo(new TenantId(WUHUA));
        assertThat(wuhua.dossiersByTenant()).extracting(Figure::label).containsExactly("五华区");
        assertThat(wuhua).isEqualTo(fresh(Role.DISTRICT_OFFICER, WUHUA, null));
        assertThat(submitted(wuhua)).isEqualTo(1);
        assertThat(submitted(panlong)).isEqualTo(2);
        assertThat(submitted(bureauOnAll)).isEqualTo(3);
        assertThat(panlong.dossiersByTenant()).extracting(Figure::label).containsExactly("盘龙区");
        assertThat(wuhua.dossiersByTenant()).as("the bureau's narrowed view is the district's own")
                .isSameAs(bureauOnWuhua.dossiersByTenant());
        assertThat(bureauOnAll.dossiersByTenant()).isEqualTo(fresh(Role.BUREAU_OFFICER, "KMKJJ", null).dossiersByTenant());
    }

    @Test
    void aDistrictAskingForAnotherTenantGetsItsOwnFiguresFromTheSharedOnesToo() {
        asBureau(WUHUA);
        Overview asked = asDistrict(PANLONG);
        As.role(Role.DISTRICT_OFFICER, PANLONG);
        Overview askedForWuhua = dashboards.overview(new TenantId(WUHUA));
        assertThat(askedForWuhua.tenant()).isEqualTo(new TenantId(PANLONG));
        assertThat(askedForWuhua.dossiersByTenant()).isSameAs(asked.dossiersByTenant());
    }

    @Test
    void readersOfOneScopeShareOneComputationUntilAChangeOfThatScopeIsCommitted() {
        Overview first = asDistrict(WUHUA);
        assertThat(asDistrict(WUHUA).pipelines()).as("shared").isSameAs(first.pipelines());
        Overview all = asBureau(null);

        scenario.submitted(call, PANLONG);
        assertThat(asDistrict(WUHUA).pipelines()).as("another tenant's change").isSameAs(first.pipelines());
        Overview allAfter = asBureau(null);
        assertThat(submitted(allAfter)).as("the bureau's view of all tenants").isEqualTo(submitted(all) + 1);

        scenario.submitted(call, WUHUA);
        Overview after = asDistrict(WUHUA);
        assertThat(submitted(after)).isEqualTo(submitted(first) + 1);
        assertThat(after).isEqualTo(fresh(Role.DISTRICT_OFFICER, WUHUA, null));
    }

    @Test
    void aChangeOfWhatNoTenantOwnsMovesEveryScope() {
        Overview wuhua = asDistrict(WUHUA);
        scenario.openCall();
        assertThat(asDistrict(WUHUA).pipelines()).isNotSameAs(wuhua.pipelines());
    }

    @Test
    void figuresReadInsideAnUnfinishedTransactionAreNotShared() {
        Overview shared = asDistrict(WUHUA);
        Overview inside = fresh(Role.DISTRICT_OFFICER, WUHUA, null);
        assertThat(inside.pipelines()).isNotSameAs(shared.pipelines()).isEqualTo(shared.pipelines());
        assertThat(asDistrict(WUHUA).pipelines()).isSameAs(shared.pipelines());
    }

    @Test
    void onlyTheBureauIsWarnedOfTheMeasuresExpiryAndTheSharedFiguresCarryNoWarning() {
        Overview district = asDistrict(WUHUA);
        Overview bureau = asBureau(WUHUA);
        assertThat(district.measuresExpireOn()).isNull();
        assertThat(bureau.pipelines()).isSameAs(district.pipelines());
    }
}
