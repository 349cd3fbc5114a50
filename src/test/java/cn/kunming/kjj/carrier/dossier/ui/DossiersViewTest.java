package cn.kunming.kjj.carrier.dossier.ui;

import cn.kunming.kjj.carrier.common.CallId;
import cn.kunming.kjj.carrier.dossier.DossierFilter;
import cn.kunming.kjj.carrier.dossier.DossierStage;
import cn.kunming.kjj.carrier.review.ReviewScenario;
import cn.kunming.kjj.carrier.security.Role;
import cn.kunming.kjj.carrier.support.KaribuTest;
import cn.kunming.kjj.carrier.support.ShownTable;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.button.Button;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DossierListViewTest extends KaribuTest {

    @Autowired
    ReviewScenario scenario;


    @Test
    void aLinkWithFiltersOpensExactlyThatListAndItsFiltersShow() {
        CallId call = scenario.openCall();
        scenario.submitted(call, "530102");
        scenario.submitted(call, "530103");
        login(Role.BUREAU_OFFICER, "KMKJJ");
        String href = DossierListLink.href(DossierFilter.ofCall(call).withStage(DossierStage.SUBMITTED)
                .withTenant(new cn.kunming.kjj.carrier.common.TenantId("530103")));
        DossiersView view = as(DossiersView.class, navigate(href));
        assertThat(view.more().stage.getValue()).isEqualTo(DossierStage.SUBMITTED);
        assertThat(view.more().tenant.getValue().name()).isEqualTo("盘龙区");
        assertThat(ShownTable.column(view.table, "tenant")).containsExactly("盘龙区");
    }

    @Test
    void theExportRunsBesideThePageAndHasTheRowsInTheOrderTheReaderSortedThem() throws Exception {
        CallId call = scenario.openCall();
        scenario.submitted(call, "530102");
        scenario.submitted(call, "530103");
        scenario.submitted(call, "530111");
        login(Role.BUREAU_OFFICER, "KMKJJ");
        DossiersView view = as(DossiersView.class, navigate(DossierListLink.href(DossierFilter.ofCall(call))));
        view = as(DossiersView.class, navigate(ShownTable.sortLink(view.table, "tenant")));
        view = as(DossiersView.class, navigate(ShownTable.sortLink(view.table, "tenant")));
        assertThat(ShownTable.headers(view.table)).as("the second click sorts descending").contains("推荐属地 ▼");
        List<String> shown = ShownTable.column(view.table, "tenant");
        assertThat(shown).hasSize(3);

        LocatorJ._click(LocatorJ._get(view.export, Button.class, spec -> spec.withText("导出 Excel")));
        for (int i = 0; i < 500 && view.export.isRunning(); i++) {
            Thread.sleep(10);
            MockVaadin.runUIQueue();
        }
        byte[] xlsx = view.export.lastFile().orElseThrow();
        List<String> exported = new ArrayList<>();
        try (Workbook book = WorkbookFactory.create(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = book.getSheetAt(0);
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                exported.add(sheet.getRow(r).getCell(4).getStringCellValue());
            }
        }
        assertThat(exported).containsExactlyElementsOf(shown);
    }
}
