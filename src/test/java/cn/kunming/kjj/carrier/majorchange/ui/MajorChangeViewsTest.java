package cn.kunming.kjj.carrier.majorchange.ui;

import cn.kunming.kjj.carrier.common.CarrierId;
import cn.kunming.kjj.carrier.carrier.CarrierService;
import cn.kunming.kjj.carrier.common.ui.NothingHereView;
import cn.kunming.kjj.carrier.majorchange.ChangeType;
import cn.kunming.kjj.carrier.majorchange.MajorChange;
import cn.kunming.kjj.carrier.publicity.PublicNoticeService;
import cn.kunming.kjj.carrier.review.ReviewScenario;
import cn.kunming.kjj.carrier.security.PortalUser;
import cn.kunming.kjj.carrier.security.Role;
import cn.kunming.kjj.carrier.support.KaribuTest;
import cn.kunming.kjj.carrier.support.MovableClock;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class MajorChangeViewsTest extends KaribuTest {

    @Autowired
    ReviewScenario scenario;
    @Autowired
    PublicNoticeService notices;
    @Autowired
    CarrierService carriers;
    @Autowired
    MovableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aUnitReportsALateChangeThroughTheFormAndAnotherDistrictCannotOpenIt() {
        clock.set(LocalDate.of(2026, 3, 2).atTime(10, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant());
        CarrierId carrier = scenario.approvedCarrier(scenario.openCall(), ReviewScenario.DISTRICT, clock, notices, carriers);
        PortalUser applicant = scenario.lastApplicant;
        clock.set(LocalDate.of(2026, 9, 3).atTime(10, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant());
        login(applicant.role(), applicant.tenantId().value(), applicant.unitId(), applicant.accountId());
        MajorChangesView view = (MajorChangesView) navigate("changes");
        var dialog = view.fileDialog();
        var selects = LocatorJ._find(Select.class);
        Select<cn.kunming.kjj.carrier.carrier.Carrier> carrierSelect = selects.get(0);
        carrierSelect.setValue(carrierSelect.getListDataView().getItems().filter(c -> c.id().equals(carrier)).findFirst().orElseThrow());
        ((Select<ChangeType>) selects.get(1)).setValue(ChangeType.HEAD_CHANGE);
        LocatorJ._get(DatePicker.class, spec -> spec.withLabel("变化日期")).setValue(LocalDate.of(2026, 6, 1));
        LocatorJ._get(TextArea.class, spec -> spec.withLabel("变化情况说明")).setValue("法定代表人变更");
        dialog.confirm();
        assertThat(dialog.isOpened()).isFalse();
        MajorChange filed = IntStream.range(0, GridKt._size(view.grid)).mapToObj(i -> GridKt._get(view.grid, i))
                .filter(c -> c.carrierId().equals(carrier)).findFirst().orElseThrow();
        assertThat(filed.daysLate()).isEqualTo(2);
        assertThat(filed.facts()).isNotNull();

        logout();
        MockVaadin.tearDown();
        setUpVaadinAgain();
        login(Role.DISTRICT_OFFICER, "530103");
        assertThat(navigate("changes/" + filed.id())).isInstanceOf(NothingHereView.class);
        logout();
        login(Role.DISTRICT_OFFICER, ReviewScenario.DISTRICT);
        assertThat(navigate("changes/" + filed.id())).isInstanceOf(MajorChangeView.class);

        MajorChangesView list = (MajorChangesView) navigate("changes?status=FILED");
        assertThat(list.status.getValue()).isEqualTo(cn.kunming.kjj.carrier.majorchange.ChangeStatus.FILED);
        assertThat(list.count.count()).isEqualTo(GridKt._size(list.grid));
        int row = IntStream.range(0, GridKt._size(list.grid))
                .filter(i -> GridKt._get(list.grid, i).id() == filed.id()).findFirst().orElseThrow();
        GridKt._clickItem(list.grid, row);
        assertThat(list.address.href()).as("Back returns to the filtered list at the row opened (issue 25)")
                .contains("status=FILED").contains(row > 0 ? "pos=" + row : "changes");
        MajorChangesView back = (MajorChangesView) navigate(list.address.href());
        assertThat(back.status.getValue()).isEqualTo(cn.kunming.kjj.carrier.majorchange.ChangeStatus.FILED);
    }

    @Autowired
    cn.kunming.kjj.carrier.majorchange.MajorChangeService changes;

    @Test
    void theBureauSeesTheOutcomeOfItsDecisionBeforeItConfirmsAndNothingIsDecidedUntilThen() {
        clock.set(LocalDate.of(2026, 3, 2).atTime(10, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant());
        CarrierId carrier = scenario.approvedCarrier(scenario.openCall(), ReviewScenario.DISTRICT, clock, notices, carriers);
        clock.set(LocalDate.of(2026, 6, 10).atTime(10, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant());
        cn.kunming.kjj.carrier.support.As.signIn(scenario.lastApplicant);
        long id = changes.file(new cn.kunming.kjj.carrier.majorchange.ChangeDraft(carrier, ChangeType.REORGANISATION,
                LocalDate.of(2026, 6, 1), "重组", cn.kunming.kjj.carrier.support.Scenarios.eligibleContent().facts(),
                null, null, null));
        cn.kunming.kjj.carrier.support.As.role(Role.DISTRICT_OFFICER, ReviewScenario.DISTRICT);
        changes.districtOpinion(id, "情况属实");
        cn.kunming.kjj.carrier.support.As.signOut();

        login(Role.BUREAU_OFFICER, "KMKJJ");
        MajorChangeView view = (MajorChangeView) navigate("changes/" + id);
        LocatorJ._get(view, TextArea.class, spec -> spec.withLabel("审定理由")).setValue("重组后仍符合条件");
        var confirm = view.confirmDecision(changes.change(id));
        assertThat(confirm.getElement().getTextRecursively()).contains("仍符合条件", "G6.2", "不能更改");
        assertThat(changes.change(id).decision()).as("nothing is decided before the bureau confirms").isNull();
        confirm.confirm();
        assertThat(changes.change(id).decision()).isNotNull();
    }
}
