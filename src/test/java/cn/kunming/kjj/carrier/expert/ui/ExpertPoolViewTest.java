package cn.kunming.kjj.carrier.expert.ui;

import cn.kunming.kjj.carrier.expert.ExpertSheet;
import cn.kunming.kjj.carrier.support.OfficeFiles;
import cn.kunming.kjj.carrier.security.Role;
import cn.kunming.kjj.carrier.support.Fixtures;
import cn.kunming.kjj.carrier.support.KaribuTest;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.textfield.TextField;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ExpertPoolViewTest extends KaribuTest {

    @Test
    void aSheetWithABadLineImportsNothingAndSaysWhichLineAndAGoodOneImportsEveryRow() throws Exception {
        login(Role.BUREAU_OFFICER, "KMKJJ");
        ExpertPoolView view = (ExpertPoolView) navigate("bureau/experts");
        int before = GridKt._size(view.grid);
        String affiliation = Fixtures.unique("云南省某研究院");
        view.importSheet("experts.xlsx", OfficeFiles.workbook(ExpertSheet.HEADERS, List.of(
                List.of("张三", "新材料", "研究员", affiliation, "", "", ""),
                List.of("李四", "", "教授", affiliation, "", "", ""))));
        assertThat(GridKt._size(view.grid)).isEqualTo(before);
        assertThat(view.imported.problems.getChildren().map(c -> ((ListItem) c).getText()))
                .containsExactly("第 3 行：请至少填写一个专业领域。");

        view.importSheet("experts.xlsx", OfficeFiles.workbook(ExpertSheet.HEADERS, List.of(
                List.of("张三", "新材料", "研究员", affiliation, "", "", ""),
                List.of("李四", "生物医药、医疗器械", "教授", affiliation, "", "", ""))));
        assertThat(view.imported.result.getText()).isEqualTo("导入完成：新增 2 名，更新 0 名。");
        assertThat(GridKt._size(view.grid)).isEqualTo(before + 2);

        view.importSheet("experts.xlsx", OfficeFiles.workbook(ExpertSheet.HEADERS, List.of(
                List.of("张三", "新材料、新能源", "研究员", affiliation, "", "", ""))));
        assertThat(view.imported.result.getText()).isEqualTo("导入完成：新增 0 名，更新 1 名。");
    }

    @Test
    void anExpertTypedWithABadCreditCodeKeepsTheDialogOpenWithWhatWasTyped() {
        login(Role.BUREAU_OFFICER, "KMKJJ");
        ExpertPoolView view = (ExpertPoolView) navigate("bureau/experts");
        var dialog = view.edit(null);
        LocatorJ._get(TextField.class, spec -> spec.withLabel("姓名")).setValue("王五");
        LocatorJ._get(TextField.class, spec -> spec.withLabel("专业领域")).setValue("新材料");
        LocatorJ._get(TextField.class, spec -> spec.withLabel("工作单位")).setValue("云南大学");
        LocatorJ._get(TextField.class, spec -> spec.withLabel("单位统一社会信用代码")).setValue("123");
        dialog.confirm();
        assertThat(dialog.isOpened()).isTrue();
        assertThat(LocatorJ._get(TextField.class, spec -> spec.withLabel("姓名")).getValue()).isEqualTo("王五");
    }

    @Test
    void anExpertCannotOpenThePool() {
        login(Role.EXPERT, null);
        assertThat(navigate("bureau/experts")).isInstanceOf(cn.kunming.kjj.carrier.common.ui.NothingHereView.class);
    }

    @Test
    void thePoolIsFilteredByNameFieldAndStatusCountedAndItsFiltersKeptInTheAddress() throws Exception {
        login(Role.BUREAU_OFFICER, "KMKJJ");
        ExpertPoolView view = (ExpertPoolView) navigate("bureau/experts");
        String affiliation = Fixtures.unique("筛选研究院");
        String field = Fixtures.unique("筛选领域");
        view.importSheet("experts.xlsx", OfficeFiles.workbook(ExpertSheet.HEADERS, List.of(
                List.of("赵一", field, "研究员", affiliation, "", "", ""),
                List.of("钱二", field + "、新能源", "教授", affiliation, "", "", ""),
                List.of("孙三", "新能源", "教授", affiliation, "", "", ""))));
        view.search.setValue(affiliation);
        assertThat(view.count.count()).isEqualTo(3);
        view.field.setValue(field);
        assertThat(view.count.count()).isEqualTo(2);
        assertThat(view.address.href()).contains("q=", "field=");

        ExpertPoolView again = (ExpertPoolView) navigate(view.address.href());
        assertThat(again.search.getValue()).isEqualTo(affiliation);
        assertThat(again.field.getValue()).isEqualTo(field);
        assertThat(GridKt._size(again.grid)).isEqualTo(2);
        ExpertPoolView hostile = (ExpertPoolView) navigate("bureau/experts?field=%3Cb%3E&active=maybe&q="
                + "长".repeat(80));
        assertThat(hostile.field.getValue()).isNull();
        assertThat(hostile.active.getValue()).isNull();
        assertThat(hostile.search.getValue()).isEmpty();
    }
}
