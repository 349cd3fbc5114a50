package cn.kunming.kjj.carrier.eligibility.ui;

import cn.kunming.kjj.carrier.common.ui.FormDialog;
import cn.kunming.kjj.carrier.common.ui.NothingHereView;
import cn.kunming.kjj.carrier.security.Role;
import cn.kunming.kjj.carrier.support.KaribuTest;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class RuleSetAdminViewTest extends KaribuTest {

    @Test
    void theAdministratorSeesTheVersionInForceWithItsThresholds() {
        login(Role.ADMIN, null);
        var view = (RuleSetAdminView) navigate("admin/rule-sets");
        assertThat(GridKt._getFormattedRow(view.versions, GridKt._size(view.versions) - 1))
                .contains("KM-2025-2", "2025-11-14", "2028-11-14");
        assertThat(GridKt._getFormattedRow(view.thresholds, 0)).contains("C2.3a", "服务场地面积", "200 平方米");
    }

    @Test
    void aVersionStartingInThePastIsRefusedInChineseAndTheDialogStaysOpen() {
        login(Role.ADMIN, null);
        var view = (RuleSetAdminView) navigate("admin/rule-sets");
        FormDialog dialog = view.openAdd();
        LocatorJ._get(TextField.class, spec -> spec.withLabel("版本号")).setValue("KM-OLD");
        LocatorJ._get(TextField.class, spec -> spec.withLabel("版本名称（文件文号）")).setValue("旧版本");
        LocatorJ._get(DatePicker.class, spec -> spec.withLabel("有效期起")).setValue(LocalDate.of(2020, 1, 1));
        dialog.confirm();
        NotificationsKt.expectNotifications("新版本的生效日期 2020-01-01 早于今天：不能改写已经生效的历史版本。");
        assertThat(dialog.isOpened()).isTrue();
    }

    @Test
    void onlyTheAdministratorOpensTheVersions() {
        login(Role.BUREAU_OFFICER, "KMKJJ");
        assertThat(navigate("admin/rule-sets")).isInstanceOf(NothingHereView.class);
    }
}
