package cn.kunming.kjj.carrier.tenant.ui;

import cn.kunming.kjj.carrier.common.AccountId;
import cn.kunming.kjj.carrier.common.UnitId;
import cn.kunming.kjj.carrier.security.AccountStatus;
import cn.kunming.kjj.carrier.security.Role;
import cn.kunming.kjj.carrier.security.UnitAccount;
import cn.kunming.kjj.carrier.support.Fixtures;
import cn.kunming.kjj.carrier.support.KaribuTest;
import cn.kunming.kjj.carrier.tenant.ActivationStatus;
import cn.kunming.kjj.carrier.common.ui.FormDialog;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.grid.Grid;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class UnitAccountActivationViewTest extends KaribuTest {

    @Autowired
    Fixtures fixtures;

    private static List<AccountId> rows(Grid<UnitAccount> grid) {
        return IntStream.range(0, GridKt._size(grid)).mapToObj(i -> GridKt._get(grid, i).accountId()).toList();
    }

    @Test
    void theDistrictOfficerActivatesAPendingAccountOfItsTenant() {
        UnitId unit = fixtures.unit("530112", ActivationStatus.PENDING);
        AccountId account = fixtures.account(Role.APPLICANT, "530112", unit, AccountStatus.PENDING);
        UnitId foreignUnit = fixtures.unit("530113", ActivationStatus.PENDING);
        AccountId foreign = fixtures.account(Role.APPLICANT, "530113", foreignUnit, AccountStatus.PENDING);
        login(Role.DISTRICT_OFFICER, "530112");
        var view = as(UnitAccountActivationView.class, navigate("district/unit-accounts"));
        assertThat(rows(view.grid)).contains(account).doesNotContain(foreign);

        UnitAccount row = GridKt._get(view.grid, rows(view.grid).indexOf(account));
        var confirm = view.activate(row);
        assertThat(rows(view.grid)).as("nothing happens before the officer confirms").contains(account);
        assertThat(confirm.getElement().getTextRecursively()).contains("激活不能撤销", row.creditCode(), "P4.2");
        confirm.confirm();

        assertThat(rows(view.grid)).doesNotContain(account);
        view.status.setValue(AccountStatus.ACTIVE);
        assertThat(rows(view.grid)).contains(account);
    }

    @Autowired
    cn.kunming.kjj.carrier.tenant.UnitRegistrationService registrations;

    @Test
    void competingRegistrationsOfOneCodeSitSideBySideWithTheirLicencesAndActivatingOneRejectsTheOther() {
        String code = Fixtures.creditCode();
        List<String> names = new java.util.ArrayList<>();
        for (int i = 0; i < 2; i++) {
            String username = Fixtures.unique("c");
            names.add(username);
            registrations.register(new cn.kunming.kjj.carrier.tenant.UnitRegistration("竞争单位" + i, code,
                    cn.kunming.kjj.carrier.tenant.UnitType.ENTERPRISE, new cn.kunming.kjj.carrier.common.TenantId("530112"),
                    null, null, null, null, username, "经办" + i, null, "Apply2026x", false, cn.kunming.kjj.carrier.support.SampleFiles.upload("营业执照.pdf",
                    cn.kunming.kjj.carrier.support.SampleFiles.pdf())), Fixtures.unique("client"));
        }
        login(Role.DISTRICT_OFFICER, "530112");
        var view = as(UnitAccountActivationView.class, navigate("district/unit-accounts"));
        List<String> shown = IntStream.range(0, GridKt._size(view.grid)).mapToObj(i -> GridKt._get(view.grid, i).username())
                .toList();
        int first = shown.indexOf(names.get(0));
        assertThat(shown.indexOf(names.get(1))).as("next to each other").isEqualTo(first + 1);
        UnitAccount row = GridKt._get(view.grid, first);
        assertThat(row.hasLicence()).isTrue();
        assertThat(GridKt._getFormattedRow(view.grid, first)).contains("同代码另有 1 个待激活注册");

        view.activate(row).confirm();
        view.status.setValue(AccountStatus.REJECTED);
        assertThat(IntStream.range(0, GridKt._size(view.grid)).mapToObj(i -> GridKt._get(view.grid, i).username()))
                .contains(names.get(1));
    }

    @Test
    void aRejectionWithoutReasonIsRefusedInChineseAndWithOneTheAccountLeavesThePendingList() {
        UnitId unit = fixtures.unit("530112", ActivationStatus.PENDING);
        AccountId account = fixtures.account(Role.APPLICANT, "530112", unit, AccountStatus.PENDING);
        login(Role.DISTRICT_OFFICER, "530112");
        var view = as(UnitAccountActivationView.class, navigate("district/unit-accounts"));
        UnitAccount row = GridKt._get(view.grid, rows(view.grid).indexOf(account));
        FormDialog dialog = view.askReason(row);
        dialog.confirm();
        NotificationsKt.expectNotifications("驳回时必须填写理由。");
        assertThat(dialog.isOpened()).isTrue();
        assertThat(rows(view.grid)).contains(account);

        LocatorJ._get(TextArea.class).setValue("营业执照与信用代码不符");
        dialog.confirm();
        assertThat(dialog.isOpened()).isFalse();
        assertThat(rows(view.grid)).doesNotContain(account);
    }

    @Test
    void theBureauCannotOpenTheActivationView() {
        login(Role.BUREAU_OFFICER, "KMKJJ");
        assertThat(navigate("district/unit-accounts")).isNotInstanceOf(UnitAccountActivationView.class);
    }

    @Test
    void theUnitListOfADistrictShowsOnlyItsOwnUnits() {
        UnitId own = fixtures.unit("530124", ActivationStatus.ACTIVE);
        UnitId foreign = fixtures.unit("530125", ActivationStatus.ACTIVE);
        login(Role.DISTRICT_OFFICER, "530124");
        var view = as(UnitsView.class, navigate("units"));
        var ids = IntStream.range(0, GridKt._size(view.grid)).mapToObj(i -> GridKt._get(view.grid, i).id()).toList();
        assertThat(ids).contains(own).doesNotContain(foreign);
    }
}
