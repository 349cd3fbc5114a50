package cn.kunming.kjj.carrier.review;

import cn.kunming.kjj.carrier.common.CallId;
import cn.kunming.kjj.carrier.common.DossierId;
import cn.kunming.kjj.carrier.audit.AuditLog;
import cn.kunming.kjj.carrier.audit.AuditQuery;
import cn.kunming.kjj.carrier.audit.AuditPosition;
import cn.kunming.kjj.carrier.dossier.DossierListService;
import cn.kunming.kjj.carrier.dossier.DossierService;
import cn.kunming.kjj.carrier.security.Role;
import cn.kunming.kjj.carrier.support.As;
import cn.kunming.kjj.carrier.support.PortalSpringTest;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Lists to Excel: the rows of the reader's scope, with the list's filter, read back as a person would. */
@PortalSpringTest
@Transactional
class ExportsTest {

    @Autowired
    ReviewScenario scenario;
    @Autowired
    DossierService dossiers;
    @Autowired
    DossierListService dossierList;
    @Autowired
    AuditLog audit;

    @AfterEach
    void signOut() {
        As.signOut();
    }

    private static List<String> column(byte[] xlsx, int col) throws Exception {
        try (Workbook book = WorkbookFactory.create(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = book.getSheetAt(0);
            List<String> values = new ArrayList<>();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                values.add(sheet.getRow(r).getCell(col).toString());
            }
            return values;
        }
    }

    @Test
    void aDistrictExportsOnlyItsOwnTenantsDossiersOfTheCall() throws Exception {
        CallId call = scenario.openCall();
        scenario.submitted(call, "530102");
        scenario.submitted(call, "530103");
        As.role(Role.DISTRICT_OFFICER, "530102");
        assertThat(column(dossierList.export(cn.kunming.kjj.carrier.dossier.DossierFilter.ofCall(call), null, cn.kunming.kjj.carrier.common.ExportProgress.NONE), 4)).containsExactly("五华区");
        As.role(Role.BUREAU_OFFICER, "KMKJJ");
        assertThat(column(dossierList.export(cn.kunming.kjj.carrier.dossier.DossierFilter.ofCall(call), null, cn.kunming.kjj.carrier.common.ExportProgress.NONE), 4)).containsExactlyInAnyOrder("五华区", "盘龙区");
    }

    @Test
    void theAuditorExportsTheFilteredLogAndTheExportIsItselfRecorded() throws Exception {
        CallId call = scenario.openCall();
        DossierId dossier = scenario.submitted(call, "530102").dossierId();
        As.role(Role.AUDITOR, null);
        AuditQuery submitted = new AuditQuery(null, "DOSSIER_SUBMITTED", "DOSSIER", String.valueOf(dossier));
        java.io.ByteArrayOutputStream xlsx = new java.io.ByteArrayOutputStream();
        audit.exportXlsx(submitted, xlsx);
        // the event's number comes first, then time, actor, role and the action
        assertThat(column(xlsx.toByteArray(), 4)).containsExactly("提交申报（DOSSIER_SUBMITTED）");
        assertThat(audit.page(new AuditQuery(null, "AUDIT_EXPORTED", null, null), AuditPosition.newest(), 5).events()).isNotEmpty();
    }
}
