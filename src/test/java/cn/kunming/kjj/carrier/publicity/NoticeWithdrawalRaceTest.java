package cn.kunming.kjj.carrier.publicity;

import cn.kunming.kjj.carrier.common.CallId;
import cn.kunming.kjj.carrier.common.NoticeId;
import cn.kunming.kjj.carrier.common.PortalException;
import cn.kunming.kjj.carrier.review.ReviewScenario;
import cn.kunming.kjj.carrier.security.Role;
import cn.kunming.kjj.carrier.security.PortalUser;
import cn.kunming.kjj.carrier.support.As;
import cn.kunming.kjj.carrier.support.AtOnce;
import cn.kunming.kjj.carrier.support.PortalSpringTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import static cn.kunming.kjj.carrier.review.ReviewScenario.DISTRICT;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bureau officers pressing 撤回 or 发布公示 at the same moment, against the committed database: one withdrawal and one
 * publication win, the others are told, and the dossier moves and is audited once each way.
 */
@PortalSpringTest
class NoticeWithdrawalRaceTest {

    private static final int AT_ONCE = 12;

    @Autowired
    ReviewScenario scenario;
    @Autowired
    PublicNoticeService notices;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;

    @AfterEach
    void signOut() {
        As.signOut();
    }

    private long count(String sql, Object... args) {
        Long n = jdbc.queryForObject(sql, Long.class, args);
        return n == null ? 0 : n;
    }

    @Test
    void ofManySimultaneousWithdrawalsAndRepublicationsExactlyOneOfEachLands() throws Exception {
        CallId call = scenario.openCall();
        ReviewScenario.Submitted listed = scenario.proposed(call, DISTRICT);
        As.role(Role.BUREAU_OFFICER, "KMKJJ");
        LocalDate today = LocalDate.now(clock);
        LocalDate end = notices.period(today).defaultEnd();
        NoticeId first = notices.publish(call, today, end, "0871-1");
        As.signOut();

        PortalUser bureau = As.role(Role.BUREAU_OFFICER, "KMKJJ");
        As.signOut();
        List<Object> withdrawals = AtOnce.times(AT_ONCE, bureau, () -> notices.withdraw(first, "名单有误"));
        assertThat(withdrawals).filteredOn(Integer.class::isInstance).containsExactly(1);
        assertThat(withdrawals).filteredOn(PortalException.class::isInstance).hasSize(AT_ONCE - 1);
        assertThat(count("select count(*) from audit_event where action = 'NOTICE_WITHDRAWN' and entity_id = ?",
                first.toString())).isEqualTo(1);

        List<Object> publications = AtOnce.times(AT_ONCE, bureau, () -> notices.publish(call, today, end, "0871-1"));
        assertThat(publications).filteredOn(NoticeId.class::isInstance).hasSize(1);
        assertThat(publications).filteredOn(PortalException.class::isInstance).hasSize(AT_ONCE - 1);
        assertThat(count("select count(*) from public_notice where call_id = ? and status = 'OPEN'", call.value()))
                .isEqualTo(1);
        assertThat(count("select count(*) from notice_entry where live_dossier_id = ?", listed.dossierId().value()))
                .isEqualTo(1);
        assertThat(count("select count(*) from audit_event where action = 'DOSSIER_IN_PUBLIC_NOTICE' and entity_id = ?",
                listed.dossierId().toString())).as("listed once, then once again").isEqualTo(2);
        assertThat(jdbc.queryForObject("select status from dossier where id = ?", String.class, listed.dossierId().value()))
                .isEqualTo("IN_PUBLIC_NOTICE");
    }
}
