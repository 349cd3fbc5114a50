package cn.kunming.kjj.carrier.carrier.ui;

import cn.kunming.kjj.carrier.common.CarrierId;
import cn.kunming.kjj.carrier.common.NoticeId;
import cn.kunming.kjj.carrier.common.CallId;
import cn.kunming.kjj.carrier.carrier.Carrier;
import cn.kunming.kjj.carrier.carrier.CarrierStatus;
import cn.kunming.kjj.carrier.publicity.PublicNoticeService;
import cn.kunming.kjj.carrier.review.ReviewScenario;
import cn.kunming.kjj.carrier.security.Role;
import cn.kunming.kjj.carrier.support.As;
import cn.kunming.kjj.carrier.support.KaribuTest;
import cn.kunming.kjj.carrier.support.MovableClock;
import cn.kunming.kjj.carrier.carrier.CarrierService;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class CarrierViewsTest extends KaribuTest {

    @Autowired
    ReviewScenario scenario;
    @Autowired
    PublicNoticeService notices;
    @Autowired
    CarrierService carriers;
    @Autowired
    MovableClock clock;
    @Autowired
    cn.kunming.kjj.carrier.tenant.HostUnitService units;
    @Autowired
    cn.kunming.kjj.carrier.termination.RegistrationService registrations;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    /** Two carriers approved under one document: one of 五华区, one of 盘龙区. */
    private List<ReviewScenario.Submitted> twoCarriers() {
        clock.set(LocalDate.of(2026, 6, 1).atTime(9, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant());
        CallId call = scenario.openCall();
        ReviewScenario.Submitted wuhua = scenario.proposed(call, "530102");
        ReviewScenario.Submitted panlong = scenario.proposed(call, "530103");
        As.role(Role.BUREAU_OFFICER, "KMKJJ");
        LocalDate start = LocalDate.of(2026, 6, 1);
        LocalDate end = notices.period(start).defaultEnd();
        NoticeId notice = notices.publish(call, start, end, "0871-1");
        notices.setDocument(notice, 100 + (int) (notice.value() % 800), end.plusDays(1));
        clock.set(end.plusDays(1).atTime(9, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant());
        As.role(Role.BUREAU_OFFICER, "KMKJJ");
        notices.close(notice);
        As.signOut();
        return List.of(wuhua, panlong);
    }

    private static List<Carrier> rows(CarrierRegisterView view) {
        return IntStream.range(0, GridKt._size(view.grid)).mapToObj(i -> GridKt._get(view.grid, i)).toList();
    }

    @Test
    void aDistrictSeesOnlyItsOwnCarriersAndItsExportHasTheSameRows() throws Exception {
        List<ReviewScenario.Submitted> both = twoCarriers();
        login(Role.DISTRICT_OFFICER, "530102");
        CarrierRegisterView view = (CarrierRegisterView) navigate("carriers");
        assertThat(rows(view)).extracting(Carrier::dossierId).contains(both.get(0).dossierId())
                .doesNotContain(both.get(1).dossierId());
        view.field.setValue(both.get(0).field());
        assertThat(rows(view)).extracting(Carrier::dossierId).containsExactly(both.get(0).dossierId());
        byte[] xlsx = carriers.export(view.filter());
        try (Workbook book = WorkbookFactory.create(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(1);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("载体名称");
            assertThat(sheet.getRow(1).getCell(3).getStringCellValue()).as("the unit's credit code").hasSize(18);
            assertThat(sheet.getRow(1).getCell(5).getStringCellValue()).isEqualTo(both.get(0).field());
            assertThat(sheet.getRow(1).getCell(6).getLocalDateTimeCellValue().toLocalDate())
                    .isEqualTo(rows(view).getFirst().approvedOn());
        }
        view.status.setValue(CarrierStatus.DISQUALIFIED);
        assertThat(rows(view)).isEmpty();
    }

    @Test
    void theCultivationListIsPublic() {
        List<ReviewScenario.Submitted> both = twoCarriers();
        MockVaadin.tearDown();
        setUpVaadinAgain();
        CultivationPoolView list = (CultivationPoolView) navigate("cultivation-list");
        assertThat(IntStream.range(0, GridKt._size(list.grid)).mapToObj(i -> GridKt._get(list.grid, i).dossierId()))
                .contains(both.get(0).dossierId(), both.get(1).dossierId());
    }

    @Test
    void aTerminatedCarriersFileOffersNoActionTheStateMachineRefuses() {
        clock.set(LocalDate.of(2026, 6, 1).atTime(9, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant());
        CarrierId carrier = scenario.approvedCarrier(scenario.openCall(), "530102", clock, notices, carriers);
        As.role(Role.BUREAU_OFFICER, "KMKJJ");
        String code = units.find(scenario.lastApplicant.unitId()).orElseThrow().creditCode();
        registrations.importFile("登记.csv", ("统一社会信用代码,登记状态,日期\n" + code + ",注销,2026-06-20\n")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        registrations.runNow();
        As.signOut();

        login(Role.BUREAU_OFFICER, "KMKJJ");
        CarrierFileView file = (CarrierFileView) navigate("carriers/" + carrier);
        assertThat(file.file.carrier().status()).isEqualTo(CarrierStatus.TERMINATED);
        List<String> buttons = com.github.mvysny.kaributesting.v10.LocatorJ._find(file,
                com.vaadin.flow.component.button.Button.class).stream().map(b -> b.getText()).toList();
        for (String key : List.of("filing.record", "subsidy.prepare", "subsidy.approve", "disqualification.propose")) {
            assertThat(buttons).doesNotContain(cn.kunming.kjj.carrier.common.Messages.chinese(key));
        }
    }

    @Test
    void theRegistersFieldIsAChoiceAndItsFiltersGoIntoTheAddressWhileAFieldItDoesNotHoldIsIgnored() {
        List<ReviewScenario.Submitted> both = twoCarriers();
        login(Role.BUREAU_OFFICER, "KMKJJ");
        CarrierRegisterView view = (CarrierRegisterView) navigate("carriers");
        assertThat(view.field.getListDataView().getItems()).contains(both.get(0).field(), both.get(1).field());
        view.field.setValue(both.get(1).field());
        com.github.mvysny.kaributesting.v10.MockVaadin.clientRoundtrip(false);
        assertThat(view.count.count()).isEqualTo(1);
        assertThat(GridKt._get(view.grid, 0).creditCode()).hasSize(18);
        String address = view.address.href();
        assertThat(address).contains("field=", "exact=1");

        CarrierRegisterView again = (CarrierRegisterView) navigate(address);
        assertThat(again.field.getValue()).isEqualTo(both.get(1).field());
        assertThat(rows(again)).extracting(Carrier::dossierId).containsExactly(both.get(1).dossierId());
        GridKt._clickItem(again.grid, 0, again.grid.getColumnByKey("unit"), 1, false, false, false, false);
        assertThat(com.vaadin.flow.component.UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("units/" + both.get(1).unitId());

        CarrierRegisterView hostile = (CarrierRegisterView) navigate("carriers?field=%3Cscript%3E&year=123456789012"
                + "&status=NONE&tenant=x&pos=-1");
        assertThat(hostile.field.getValue()).isNull();
        assertThat(hostile.year.getValue()).isNull();
        assertThat(hostile.status.getValue()).isNull();

    }
}
