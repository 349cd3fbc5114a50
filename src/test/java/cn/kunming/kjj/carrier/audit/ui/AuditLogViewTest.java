package cn.kunming.kjj.carrier.audit.ui;

import cn.kunming.kjj.carrier.audit.AuditAction;
import cn.kunming.kjj.carrier.audit.AuditEntry;
import cn.kunming.kjj.carrier.audit.AuditedEntity;
import cn.kunming.kjj.carrier.audit.AuditEvent;
import cn.kunming.kjj.carrier.audit.AuditLog;
import cn.kunming.kjj.carrier.common.ui.NothingHereView;
import cn.kunming.kjj.carrier.security.Role;
import cn.kunming.kjj.carrier.support.Fixtures;
import cn.kunming.kjj.carrier.support.KaribuTest;
import com.github.mvysny.kaributesting.v10.GridKt;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

class AuditLogViewTest extends KaribuTest {

    @Autowired
    AuditLog audit;
    @Autowired
    TransactionTemplate tx;

    @Test
    void theAuditorFindsAnEventByEntityAndSeesWhoDidWhatUnderWhichRule() {
        String entityId = Fixtures.unique("dossier");
        tx.executeWithoutResult(s -> audit.recordAs("district", "DISTRICT_OFFICER",
                AuditEntry.of(AuditAction.DOSSIER_RECOMMENDED, AuditedEntity.DOSSIER, entityId).rule("P4.3").detail("推荐")));
        login(Role.AUDITOR, null);
        var view = (AuditLogView) navigate("audit");
        view.entityId.setValue(entityId);
        assertThat(GridKt._size(view.grid)).isEqualTo(1);
        AuditEvent event = GridKt._get(view.grid, 0);
        assertThat(event.actor()).isEqualTo("district");
        assertThat(event.ruleId()).isEqualTo("P4.3");
        assertThat(GridKt._getFormattedRow(view.grid, 0)).contains("属地科技管理部门", "推荐（DOSSIER_RECOMMENDED）", "P4.3",
                "申报材料 " + entityId);
        java.time.LocalDate today = GridKt.<AuditEvent>_get(view.grid, 0).occurredAt().toLocalDate();
        view.from.setValue(today.plusDays(1));
        assertThat(GridKt._size(view.grid)).as("from tomorrow").isZero();
        view.from.setValue(today);
        view.to.setValue(today);
        assertThat(GridKt._size(view.grid)).as("on the day").isEqualTo(1);
        view.from.clear();
        view.to.setValue(today.minusDays(1));
        assertThat(GridKt._size(view.grid)).as("until yesterday").isZero();
        view.to.clear();
        view.action.setValue(AuditAction.DOSSIER_RECOMMENDED);
        view.entityType.setValue(AuditedEntity.DOSSIER);
        assertThat(GridKt._size(view.grid)).as("chosen from the lists of actions and entity types").isEqualTo(1);
        view.entityType.setValue(AuditedEntity.HOST_UNIT);
        assertThat(GridKt._size(view.grid)).isZero();
    }

    @Test
    void theWholeLogIsScrolledNewestFirstWithoutCountingItAndAFilterCountsItsRows() {
        String first = Fixtures.unique("first");
        String latest = Fixtures.unique("latest");
        tx.executeWithoutResult(s -> audit.recordAs("district", "DISTRICT_OFFICER", AuditEntry.of(AuditAction.DOSSIER_SUBMITTED, AuditedEntity.DOSSIER, first)));
        tx.executeWithoutResult(s -> audit.recordAs("district", "DISTRICT_OFFICER", AuditEntry.of(AuditAction.DOSSIER_SUBMITTED, AuditedEntity.DOSSIER, latest)));
        login(Role.AUDITOR, null);
        var view = (AuditLogView) navigate("audit");
        assertThat(view.grid.getLazyDataView().getItemCountEstimate()).as("no count of the whole log").isPositive();
        assertThat(view.grid.getDataCommunicator().isDefinedSize()).isFalse();
        assertThat(((AuditEvent) GridKt._get(view.grid, 0)).entityId()).isEqualTo(latest);
        view.entityId.setValue(first);
        assertThat(view.grid.getDataCommunicator().isDefinedSize()).isTrue();
        assertThat(GridKt._size(view.grid)).isEqualTo(1);
        view.entityId.setValue("");
        assertThat(view.grid.getDataCommunicator().isDefinedSize()).isFalse();
    }

    @Test
    void theOtherAdministratorsCannotOpenTheAuditLog() {
        for (Role role : new Role[]{Role.ADMIN, Role.SECURITY_ADMIN}) {
            login(role, null);
            assertThat(navigate("audit")).isInstanceOf(NothingHereView.class);
        }
    }
}
