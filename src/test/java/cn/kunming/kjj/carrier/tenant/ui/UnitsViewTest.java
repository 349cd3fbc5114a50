package cn.kunming.kjj.carrier.tenant.ui;

import cn.kunming.kjj.carrier.common.UnitId;
import cn.kunming.kjj.carrier.security.Role;
import cn.kunming.kjj.carrier.support.Fixtures;
import cn.kunming.kjj.carrier.support.KaribuTest;
import cn.kunming.kjj.carrier.tenant.ActivationStatus;
import cn.kunming.kjj.carrier.tenant.HostUnitService;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

class UnitsViewTest extends KaribuTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    HostUnitService units;

    @Test
    void theSearchStaysInTheAddressTheRowsAreCountedInScopeAndAUnitOpensItsPage() {
        UnitId unit = fixtures.unit("530102", ActivationStatus.ACTIVE);
        login(Role.BUREAU_OFFICER, "KMKJJ");
        String code = units.find(unit).orElseThrow().creditCode();

        login(Role.DISTRICT_OFFICER, "530102");
        UnitsView view = (UnitsView) navigate("units?q=" + code);
        MockVaadin.clientRoundtrip(false);
        assertThat(view.search.getValue()).isEqualTo(code);
        assertThat(view.count.count()).isEqualTo(1);
        assertThat(view.address.href()).isEqualTo("units?q=" + code);
        GridKt._clickItem(view.grid, 0);
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("units/" + unit);

        login(Role.DISTRICT_OFFICER, "530103");
        UnitsView other = (UnitsView) navigate("units?q=" + code);
        MockVaadin.clientRoundtrip(false);
        assertThat(other.count.count()).as("another district's unit is not counted").isZero();
        UnitsView hostile = (UnitsView) navigate("units?q=" + "长".repeat(500) + "&pos=abc");
        assertThat(hostile.search.getValue()).isEmpty();
    }
}
