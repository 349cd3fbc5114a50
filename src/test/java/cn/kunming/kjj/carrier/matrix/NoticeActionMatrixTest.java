package cn.kunming.kjj.carrier.matrix;

import cn.kunming.kjj.carrier.common.NoticeId;
import cn.kunming.kjj.carrier.common.CallId;
import cn.kunming.kjj.carrier.common.DossierId;
import cn.kunming.kjj.carrier.common.Messages;
import cn.kunming.kjj.carrier.common.PortalException;
import cn.kunming.kjj.carrier.publicity.NoticeStatus;
import cn.kunming.kjj.carrier.publicity.PublicNoticeService;
import cn.kunming.kjj.carrier.review.ReviewScenario;
import cn.kunming.kjj.carrier.security.Role;
import cn.kunming.kjj.carrier.support.As;
import cn.kunming.kjj.carrier.support.MovableClock;
import cn.kunming.kjj.carrier.support.PortalSpringTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every action on a public notice (P4.5) in each of its statuses: objections, corrections, withdrawal, the document and
 * closing only while it is OPEN; on a closed or withdrawn notice each is refused naming P4.5, and nothing changes — the notice, its entries, objections,
 * the dossiers on it, and the audit.
 */
@PortalSpringTest
@Transactional
class NoticeActionMatrixTest {

    record Notice(NoticeId id, DossierId dossierId, LocalDate startsOn, LocalDate endsOn, NoticeStatus status) {
    }

    record Action(String name, Step step) {
        @Override
        public String toString() {
            return name;
        }
    }

    @FunctionalInterface
    interface Step {
        void run(NoticeActionMatrixTest t, Notice n);
    }

    static final List<Action> ACTIONS = List.of(
            new Action("记录异议", (t, n) -> {
                As.role(Role.BUREAU_OFFICER, "KMKJJ");
                t.notices.recordObjection(n.id(), n.dossierId(), "某公司", n.startsOn(), "场地面积不实", null);
            }),
            new Action("登记发文", (t, n) -> {
                As.role(Role.BUREAU_OFFICER, "KMKJJ");
                t.notices.setDocument(n.id(), 1000 + (int) (n.id().value() % 8000), n.endsOn().plusDays(1));
            }),
            new Action("更正公示", (t, n) -> {
                t.beforeTheDocument(n);
                As.role(Role.BUREAU_OFFICER, "KMKJJ");
                t.notices.correct(n.id(), n.endsOn().plusDays(2), "0871-2", "延长公示期");
            }),
            new Action("撤回公示", (t, n) -> {
                t.beforeTheDocument(n);
                As.role(Role.BUREAU_OFFICER, "KMKJJ");
                t.notices.withdraw(n.id(), "名单有误");
            }),
            new Action("结束公示", (t, n) -> {
                As.role(Role.BUREAU_OFFICER, "KMKJJ");
                t.clock.set(n.endsOn().plusDays(1).atTime(9, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant());
                t.notices.close(n.id());
            }));

    static Stream<Arguments> cases() {
        return Arrays.stream(NoticeStatus.values())
                .flatMap(status -> ACTIONS.stream().map(action -> Arguments.of(status, action)));
    }

    @Autowired
    ReviewScenario scenario;
    @Autowired
    PublicNoticeService notices;
    @Autowired
    MovableClock clock;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void reset() {
        As.signOut();
        clock.reset();
    }

    private Notice noticeIn(NoticeStatus status) {
        clock.set(LocalDate.of(2026, 3, 2).atTime(10, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant());
        CallId call = scenario.openCall();
        ReviewScenario.Submitted s = scenario.proposed(call, ReviewScenario.DISTRICT);
        As.role(Role.BUREAU_OFFICER, "KMKJJ");
        LocalDate start = LocalDate.now(clock);
        LocalDate end = notices.period(start).defaultEnd();
        NoticeId id = notices.publish(call, start, end, "0871-1");
        As.signOut();
        // the bureau's document is on record, so that only the status decides whether the notice may close
        jdbc.update("update public_notice set status = ?, document_number = ?, filed_on = ? where id = ?", status.name(),
                "矩阵〔2026〕" + id + "号", end.plusDays(1), id.value());
        return new Notice(id, s.dossierId(), start, end, status);
    }

    /**
     * Correcting and withdrawing come before the document (decision 0036): on the open notice of this matrix, whose
     * document the set-up recorded, it is taken off again; a notice in another status keeps it, so that only the
     * status decides.
     */
    private void beforeTheDocument(Notice n) {
        if (n.status() == NoticeStatus.OPEN) {
            jdbc.update("update public_notice set document_number = null, filed_on = null where id = ?", n.id().value());
        }
    }

    private Map<String, Object> state(Notice n) {
        return Map.of(
                "notice", jdbc.queryForMap("select status, version, document_number from public_notice where id = ?", n.id()),
                "objections", count("select count(*) from objection where notice_id = ?", n.id()),
                "dossier", jdbc.queryForMap("select status, version from dossier where id = ?", n.dossierId()),
                "carriers", count("select count(*) from carrier where dossier_id = ?", n.dossierId()),
                "audit", count("select count(*) from audit_event where entity_type in ('PUBLIC_NOTICE', 'DOSSIER')"
                        + " and entity_id in (?, ?)", String.valueOf(n.id()), String.valueOf(n.dossierId())));
    }

    private long count(String sql, Object... args) {
        Long c = jdbc.queryForObject(sql, Long.class, args);
        return c == null ? 0 : c;
    }

    @ParameterizedTest(name = "{1} on a notice {0}")
    @MethodSource("cases")
    void anActionRunsOnlyOnAnOpenNoticeElseRefusedNamingP45AndNothingChanges(NoticeStatus status, Action action) {
        Notice n = noticeIn(status);
        if (status == NoticeStatus.OPEN) {
            assertThatCode(() -> action.step().run(this, n)).as(action.name()).doesNotThrowAnyException();
            return;
        }
        Map<String, Object> before = state(n);
        assertThatThrownBy(() -> action.step().run(this, n)).as(action.name())
                .isInstanceOfSatisfying(PortalException.class, e -> assertThat(Messages.of(e, Messages.CHINESE))
                        .as("the refusal names its rule").contains("P4.5"));
        clock.reset();
        assertThat(state(n)).as("nothing changes").isEqualTo(before);
    }
}
