package cn.kunming.kjj.carrier.authority;

import cn.kunming.kjj.carrier.annualreport.EvaluationRemarkService;
import cn.kunming.kjj.carrier.common.CallId;
import cn.kunming.kjj.carrier.common.NoticeId;
import cn.kunming.kjj.carrier.common.PortalException;
import cn.kunming.kjj.carrier.common.TenantId;
import cn.kunming.kjj.carrier.publicity.ConsultationOpinion;
import cn.kunming.kjj.carrier.publicity.ConsultationService;
import cn.kunming.kjj.carrier.publicity.PublicNoticeService;
import cn.kunming.kjj.carrier.review.ReviewScenario;
import cn.kunming.kjj.carrier.security.PortalUser;
import cn.kunming.kjj.carrier.security.Role;
import cn.kunming.kjj.carrier.support.As;
import cn.kunming.kjj.carrier.support.AtOnce;
import cn.kunming.kjj.carrier.support.MovableClock;
import cn.kunming.kjj.carrier.support.PortalSpringTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static cn.kunming.kjj.carrier.review.ReviewScenario.DISTRICT;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An industry authority pressing its button many times at once, against the committed database: one consultation
 * opinion (P4.5) and one remark (M5.1) land, audited once; every other press is told it was given already.
 */
@PortalSpringTest
class AuthorityRaceTest {

    private static final int AT_ONCE = 30;

    @Autowired
    ReviewScenario scenario;
    @Autowired
    AuthorityScenario authorities;
    @Autowired
    PublicNoticeService notices;
    @Autowired
    ConsultationService consultations;
    @Autowired
    EvaluationRemarkService remarks;
    @Autowired
    MovableClock clock;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void reset() {
        As.signOut();
        clock.reset();
    }

    /** A refusal as its message key, so that outcomes compare as text. */
    private static List<Object> keys(List<Object> outcomes) {
        return outcomes.stream().map(o -> o instanceof PortalException e ? (Object) e.messageKey() : o).toList();
    }

    private long audited(String action, Object entity) {
        Long n = jdbc.queryForObject("select count(*) from audit_event where action = ? and entity_id = ?", Long.class,
                action, entity.toString());
        return n == null ? 0 : n;
    }

    @Test
    void ofThirtySimultaneousOpinionsOnANoticeOneLandsAndTheOthersAreToldItWasGiven() throws Exception {
        clock.set(LocalDate.of(2026, 3, 2).atTime(9, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant());
        CallId call = scenario.openCall();
        ReviewScenario.Submitted s = scenario.proposed(call, DISTRICT);
        As.role(Role.BUREAU_OFFICER, "KMKJJ");
        LocalDate start = LocalDate.of(2026, 3, 2);
        NoticeId notice = notices.publish(call, start, notices.period(start).defaultEnd(), "0871-1");
        As.signOut();
        TenantId authority = authorities.authority("并发会商主管部门");
        authorities.link(authority, s.field());
        PortalUser officer = authorities.signIn(authority);
        As.signOut();

        List<Object> results = keys(AtOnce.times(AT_ONCE, officer, () -> {
            consultations.answer(notice, ConsultationOpinion.AGREE, null);
            return "answered";
        }));

        assertThat(results).as("%s", results).filteredOn("answered"::equals).hasSize(1);
        assertThat(results).as("%s", results).filteredOn("consultation.alreadyAnswered"::equals).hasSize(AT_ONCE - 1);
        assertThat(audited("CONSULTATION_ANSWERED", notice)).isEqualTo(1);
    }

    @Test
    void ofThirtySimultaneousRemarksOnAReportOneLandsAndTheOthersAreToldItWasGiven() throws Exception {
        AuthorityScenario.CarrierWithReport c = authorities.submittedReport(clock);
        TenantId authority = authorities.authority("并发评价主管部门");
        authorities.link(authority, c.carrier().industryField());
        PortalUser officer = authorities.signIn(authority);
        As.signOut();

        List<Object> results = keys(AtOnce.times(AT_ONCE, officer, () -> {
            remarks.remark(c.report(), "服务成效明显");
            return "remarked";
        }));

        assertThat(results).filteredOn("remarked"::equals).hasSize(1);
        assertThat(results).filteredOn("remark.alreadyGiven"::equals).hasSize(AT_ONCE - 1);
        assertThat(audited("REPORT_REMARKED", c.report())).isEqualTo(1);
    }
}
