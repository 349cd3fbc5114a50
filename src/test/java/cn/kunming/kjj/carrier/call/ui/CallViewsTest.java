package cn.kunming.kjj.carrier.call.ui;

import cn.kunming.kjj.carrier.common.UnitId;
import cn.kunming.kjj.carrier.common.ui.FormDialog;
import cn.kunming.kjj.carrier.security.Role;
import cn.kunming.kjj.carrier.support.Fixtures;
import cn.kunming.kjj.carrier.support.KaribuTest;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class CallViewsTest extends KaribuTest {

    @Test
    void theBureauDraftsAndPublishesACallThatApplicantsThenSeeOpenWithTimeLeft() {
        login(Role.BUREAU_OFFICER, "KMKJJ");
        var admin = (CallAdminView) navigate("bureau/calls");
        String title = Fixtures.unique("概念验证中心申报");
        FormDialog dialog = admin.openEditor(null);
        LocatorJ._get(TextField.class, spec -> spec.withLabel("标题")).setValue(title);
        LocatorJ._get(DateTimePicker.class, spec -> spec.withLabel("开始受理")).setValue(LocalDateTime.now().minusDays(1));
        LocatorJ._get(DateTimePicker.class, spec -> spec.withLabel("截止时间")).setValue(LocalDateTime.now().plusDays(10));
        LocatorJ._get(TextArea.class, spec -> spec.withLabel("概念验证中心必备附件（每行一项）")).setValue("承诺书\n场地证明");
        dialog.confirm();
        assertThat(dialog.isOpened()).isFalse();
        int row = IntStream.range(0, GridKt._size(admin.grid))
                .filter(i -> GridKt._get(admin.grid, i).title().equals(title)).findFirst().orElseThrow();
        admin.publish(GridKt._get(admin.grid, row));
        NotificationsKt.expectNotifications("已保存。", "已发布“" + title + "”。");

        logout();
        login(Role.APPLICANT, "530102", UnitId.of(1), -1);
        var list = (CallsView) navigate("calls");
        int shown = IntStream.range(0, GridKt._size(list.grid))
                .filter(i -> GridKt._get(list.grid, i).title().equals(title)).findFirst().orElseThrow();
        assertThat(GridKt._getFormattedRow(list.grid, shown)).contains("受理中").anyMatch(c -> c.startsWith("剩余 9 天")
                || c.startsWith("剩余 10 天"));
        assertThat(GridKt._get(list.grid, shown).requiredFor(cn.kunming.kjj.carrier.common.CarrierKind.CONCEPT_CENTER))
                .extracting(a -> a.name()).containsExactly("承诺书", "场地证明");
    }

    @Test
    void aCallClosingBeforeItOpensIsRefusedInChinese() {
        login(Role.BUREAU_OFFICER, "KMKJJ");
        var admin = (CallAdminView) navigate("bureau/calls");
        FormDialog dialog = admin.openEditor(null);
        LocatorJ._get(TextField.class, spec -> spec.withLabel("标题")).setValue("错误的时间");
        LocatorJ._get(DateTimePicker.class, spec -> spec.withLabel("开始受理")).setValue(LocalDateTime.now().plusDays(5));
        LocatorJ._get(DateTimePicker.class, spec -> spec.withLabel("截止时间")).setValue(LocalDateTime.now().plusDays(1));
        dialog.confirm();
        NotificationsKt.expectNotifications("请填写开始受理和截止时间，截止时间须晚于开始时间。");
        assertThat(dialog.isOpened()).isTrue();
    }
}
