package cn.kunming.kjj.carrier.credit.ui;

import cn.kunming.kjj.carrier.common.ui.NothingHereView;
import cn.kunming.kjj.carrier.security.Role;
import cn.kunming.kjj.carrier.support.Fixtures;
import cn.kunming.kjj.carrier.support.KaribuTest;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.html.ListItem;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class CreditViewsTest extends KaribuTest {

    @org.springframework.beans.factory.annotation.Autowired
    Fixtures fixtures;

    @Test
    void theBureauImportsAListFileAndSeesItsEntriesOrEveryBadLine() {
        login(Role.BUREAU_OFFICER, "KMKJJ");
        CreditListsView view = (CreditListsView) navigate("bureau/credit-lists");
        String code = Fixtures.creditCode();
        String name = Fixtures.unique("失信示例公司");
        view.importFile("bad.csv", ("统一社会信用代码,名称,名单类型,列入机关,列入日期,移出日期\n"
                + code + "," + name + ",严重失信主体名单,市场监管局,2025-13-01,\n").getBytes(StandardCharsets.UTF_8));
        assertThat(view.imported.problems.getChildren().map(c -> ((ListItem) c).getText()))
                .containsExactly("第 2 行：日期“2025-13-01”无法识别，请按 2025-03-01、2025/3/1 或 2025年3月1日 填写。");
        view.importFile("good.csv", ("统一社会信用代码,名称,名单类型,列入机关,列入日期,移出日期\n"
                + code + "," + name + ",严重失信主体名单,市场监管局,2025-03-01,\n").getBytes(StandardCharsets.UTF_8));
        assertThat(view.imported.result.getText()).isEqualTo("导入完成：1 条名单条目。");
        view.search.setValue(name);
        assertThat(GridKt._size(view.entries)).isEqualTo(1);
        assertThat(GridKt._get(view.entries, 0).creditCode()).isEqualTo(code);
    }

    @Test
    void aDistrictOfficerReadsChecksAndItsAlertsButNotTheLists() {
        login(Role.DISTRICT_OFFICER, "530102");
        assertThat(navigate("credit/checks")).isInstanceOf(CreditChecksView.class);
        assertThat(navigate("bureau/credit-lists")).isInstanceOf(NothingHereView.class);
        assertThat(navigate("bureau/credit-alerts")).as("its own carriers' alerts, counted in its inbox (issue 25)")
                .isInstanceOf(CreditAlertsView.class);
    }

    @Test
    void theChecksUnitAndTheAlertsOpenOnlyStayInTheAddressAndTheRowsAreCounted() {
        cn.kunming.kjj.carrier.common.UnitId unit = fixtures.unit("530102",
                cn.kunming.kjj.carrier.tenant.ActivationStatus.ACTIVE);
        login(Role.DISTRICT_OFFICER, "530102");
        CreditChecksView checks = (CreditChecksView) navigate("credit/checks?unit=" + unit);
        assertThat(checks.unit.getValue()).isNotNull();
        assertThat(checks.unit.getValue().id()).isEqualTo(unit);
        assertThat(checks.count.count()).isEqualTo(GridKt._size(checks.grid));
        assertThat(checks.address.href()).isEqualTo("credit/checks?unit=" + unit);
        login(Role.DISTRICT_OFFICER, "530103");
        CreditChecksView other = (CreditChecksView) navigate("credit/checks?unit=" + unit);
        assertThat(other.unit.getValue()).as("another district's unit is not found").isNull();

        login(Role.BUREAU_OFFICER, "KMKJJ");
        CreditAlertsView alerts = (CreditAlertsView) navigate("bureau/credit-alerts?open=0");
        assertThat(alerts.openOnly.getValue()).isFalse();
        assertThat(alerts.count.count()).isEqualTo(GridKt._size(alerts.grid));
        alerts.openOnly.setValue(true);
        assertThat(alerts.address.href()).isEqualTo("bureau/credit-alerts?open=1");
        assertThat(alerts.count.count()).isEqualTo(GridKt._size(alerts.grid));
    }
}
