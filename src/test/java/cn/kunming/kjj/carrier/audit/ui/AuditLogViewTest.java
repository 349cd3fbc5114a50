package cn.kunming.kjj.carrier.audit.ui;

import cn.kunming.kjj.carrier.audit.AuditAction;
import cn.kunming.kjj.carrier.audit.AuditEntry;
import cn.kunming.kjj.carrier.audit.AuditedEntity;
import cn.kunming.kjj.carrier.audit.AuditEvent;
import cn.kunming.kjj.carrier.audit.AuditLog;
import cn.kunming.kjj.carrier.common.ui.NothingHereView;
import cn.kunming.kjj.carrier.security.Role;
import cn.kunming.kjj.carrier.support.AuditTrail;
import cn.kunming.kjj.carrier.support.Fixtures;
import cn.kunming.kjj.carrier.support.KaribuTest;
import cn.kunming.kjj.carrier.support.MovableClock;
import com.github.mvysny.kaributesting.v10.GridKt;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AuditLogViewTest extends KaribuTest {

    @Autowired
    AuditLog audit;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    MovableClock clock;
    @Autowired
    AuditTrail trail;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

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
        assertThat(GridKt._getFormattedRow(view.grid, 0)).contains(String.valueOf(event.id()), "属地科技管理部门",
                "推荐（DOSSIER_RECOMMENDED）", "P4.3", "申报材料 " + entityId);
        LocalDate today = GridKt.<AuditEvent>_get(view.grid, 0).occurredAt().toLocalDate();
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
    void theWholeLogIsShownNewestFirstWithoutCountingItAndAFilterCountsItsRows() {
        String first = Fixtures.unique("first");
        String latest = Fixtures.unique("latest");
        // later than any other test's events, so that these two are the newest of the whole log
        clock.set(LocalDateTime.of(2100, 1, 1, 0, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant());
        tx.executeWithoutResult(s -> audit.recordAs("district", "DISTRICT_OFFICER", AuditEntry.of(AuditAction.DOSSIER_SUBMITTED, AuditedEntity.DOSSIER, first)));
        tx.executeWithoutResult(s -> audit.recordAs("district", "DISTRICT_OFFICER", AuditEntry.of(AuditAction.DOSSIER_SUBMITTED, AuditedEntity.DOSSIER, latest)));
        login(Role.AUDITOR, null);
        var view = (AuditLogView) navigate("audit");
        assertThat(view.matching.getText()).as("no count of the whole log").isEmpty();
        assertThat(((AuditEvent) GridKt._get(view.grid, 0)).entityId()).isEqualTo(latest);
        assertThat(GridKt._size(view.grid)).isLessThanOrEqualTo(AuditLogView.PAGE);
        view.entityId.setValue(first);
        assertThat(view.matching.getText()).isEqualTo("符合条件的事件共 1 条");
        assertThat(GridKt._size(view.grid)).isEqualTo(1);
        view.entityId.setValue("");
        assertThat(view.matching.getText()).isEmpty();
    }

    /** Sixty events of one actor at one time, newest first: a page of fifty, and ten below it. */
    private List<Long> sixtyEvents(String actor) {
        return trail.events(actor, LocalDateTime.of(2031, 7, 1, 9, 0), 60).reversed();
    }

    private static List<Long> shown(AuditLogView view) {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < GridKt._size(view.grid); i++) {
            ids.add(GridKt.<AuditEvent>_get(view.grid, i).id());
        }
        return ids;
    }

    @Test
    void theAuditorPagesDownAndBackUpAndJumpsToADateAndToAnEventNumber() {
        String actor = Fixtures.unique("pager");
        List<Long> newestFirst = sixtyEvents(actor);
        login(Role.AUDITOR, null);
        var view = (AuditLogView) navigate("audit");
        view.actor.setValue(actor);
        assertThat(shown(view)).containsExactlyElementsOf(newestFirst.subList(0, 50));
        assertThat(view.newer.isEnabled()).isFalse();
        view.older.click();
        assertThat(shown(view)).containsExactlyElementsOf(newestFirst.subList(50, 60));
        assertThat(view.older.isEnabled()).isFalse();
        view.newer.click();
        assertThat(shown(view)).containsExactlyElementsOf(newestFirst.subList(0, 50));

        view.jumpToEvent.setValue(Math.toIntExact(newestFirst.get(55)));
        assertThat(shown(view)).containsExactlyElementsOf(newestFirst.subList(55, 60));
        assertThat(view.grid.asSingleSelect().getValue().id()).isEqualTo(newestFirst.get(55));

        view.jumpToEvent.setValue(999_999_999);
        assertThat(view.where.getText()).isEqualTo("没有编号为 999999999 的事件。");
        assertThat(shown(view)).as("the page stays").containsExactlyElementsOf(newestFirst.subList(55, 60));

        view.jumpToDate.setValue(LocalDate.of(2031, 6, 30));
        assertThat(view.where.getText()).isEqualTo("2031-06-30 及以前没有事件，下面是最早的事件。");
        assertThat(shown(view)).containsExactlyElementsOf(newestFirst.subList(10, 60));
        view.jumpToDate.setValue(LocalDate.of(2031, 7, 2));
        assertThat(shown(view)).containsExactlyElementsOf(newestFirst.subList(0, 50));
        assertThat(view.where.getText()).isEqualTo("本页：2031-07-01 09:00:00 至 2031-07-01 09:00:00");
    }

    @Test
    void theOtherAdministratorsCannotOpenTheAuditLog() {
        for (Role role : new Role[]{Role.ADMIN, Role.SECURITY_ADMIN}) {
            login(role, null);
            assertThat(navigate("audit")).isInstanceOf(NothingHereView.class);
        }
    }

    @Test
    void theFiltersAndThePageShownStayInTheAddressSoThatAReloadReturnsToTheSameEvents() {
        String entityId = Fixtures.unique("dossier");
        tx.executeWithoutResult(s -> {
            for (int i = 0; i < AuditLogView.PAGE + 5; i++) {
                audit.recordAs("district", "DISTRICT_OFFICER", AuditEntry.of(AuditAction.DOSSIER_RECOMMENDED,
                        AuditedEntity.DOSSIER, entityId).rule("P4.3").detail("推荐 " + i));
            }
        });
        login(Role.AUDITOR, null);
        var view = (AuditLogView) navigate("audit");
        view.entityId.setValue(entityId);
        view.action.setValue(AuditAction.DOSSIER_RECOMMENDED);
        assertThat(view.address.href()).contains("id=" + entityId, "action=DOSSIER_RECOMMENDED").doesNotContain("at=");
        view.older.click();
        AuditEvent topOfSecondPage = GridKt._get(view.grid, 0);
        assertThat(view.address.href()).contains("at=" + topOfSecondPage.id());

        var again = (AuditLogView) navigate(view.address.href());
        assertThat(again.entityId.getValue()).isEqualTo(entityId);
        assertThat(again.action.getValue()).isEqualTo(AuditAction.DOSSIER_RECOMMENDED);
        assertThat(GridKt._get(again.grid, 0).id()).isEqualTo(topOfSecondPage.id());
        assertThat(again.matching.getText()).contains(String.valueOf(AuditLogView.PAGE + 5));

        var hostile = (AuditLogView) navigate("audit?action=DROP&type=%3Cb%3E&from=2026-13-45&at=-3&actor="
                + "x".repeat(5000));
        assertThat(hostile.action.getValue()).isNull();
        assertThat(hostile.entityType.getValue()).isNull();
        assertThat(hostile.from.getValue()).isNull();
        assertThat(hostile.actor.getValue()).isEmpty();
    }
}
