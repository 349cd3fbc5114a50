package cn.kunming.kjj.carrier.carrier.ui;

import cn.kunming.kjj.carrier.carrier.Carrier;
import cn.kunming.kjj.carrier.carrier.CarrierService;
import cn.kunming.kjj.carrier.common.CarrierId;
import cn.kunming.kjj.carrier.publicity.PublicNoticeService;
import cn.kunming.kjj.carrier.review.ReviewScenario;
import cn.kunming.kjj.carrier.security.Role;
import cn.kunming.kjj.carrier.support.As;
import cn.kunming.kjj.carrier.support.KaribuTest;
import cn.kunming.kjj.carrier.support.MovableClock;
import cn.kunming.kjj.carrier.tenant.HostUnit;
import cn.kunming.kjj.carrier.tenant.HostUnitService;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** 载体名录 searches its own rows (issue 25, part 1): by name, unit, credit code or number, in scope. */
class CarrierRegisterSearchTest extends KaribuTest {

    @Autowired
    ReviewScenario scenario;
    @Autowired
    PublicNoticeService notices;
    @Autowired
    CarrierService carriers;
    @Autowired
    MovableClock clock;
    @Autowired
    HostUnitService units;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private static List<Carrier> rows(CarrierRegisterView view) {
        MockVaadin.clientRoundtrip(false);
        return IntStream.range(0, GridKt._size(view.grid)).mapToObj(i -> GridKt._get(view.grid, i)).toList();
    }

    @Test
    void aCarrierIsFoundByItsUnitsCreditCodeAndNumberInScopeOnlyAndTheSearchStaysInTheAddress() {
        clock.set(LocalDate.of(2026, 6, 1).atTime(9, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant());
        CarrierId carrier = scenario.approvedCarrier(scenario.openCall(), "530102", clock, notices, carriers);
        As.role(Role.BUREAU_OFFICER, "KMKJJ");
        HostUnit unit = units.find(scenario.lastApplicant.unitId()).orElseThrow();
        As.signOut();

        login(Role.DISTRICT_OFFICER, "530102");
        CarrierRegisterView view = (CarrierRegisterView) navigate(CarrierListLink.ROUTE);
        view.search.setValue(unit.creditCode());
        assertThat(rows(view)).extracting(Carrier::id).containsExactly(carrier);
        assertThat(view.count.count()).isEqualTo(1);
        assertThat(view.address.href()).contains("q=" + unit.creditCode());
        CarrierRegisterView back = (CarrierRegisterView) navigate(view.address.href());
        assertThat(back.search.getValue()).isEqualTo(unit.creditCode());
        assertThat(rows(back)).extracting(Carrier::id).containsExactly(carrier);
        view.search.setValue(String.valueOf(carrier.value()));
        assertThat(rows(view)).extracting(Carrier::id).contains(carrier);

        login(Role.DISTRICT_OFFICER, "530103");
        CarrierRegisterView other = (CarrierRegisterView) navigate(CarrierListLink.ROUTE + "?q=" + unit.creditCode());
        assertThat(rows(other)).isEmpty();
        assertThat(other.count.count()).isZero();
        other.search.setValue("长".repeat(51));
        assertThat(other.search.isInvalid()).isTrue();
        assertThat(other.address.href()).contains("q=" + unit.creditCode());
    }
}
