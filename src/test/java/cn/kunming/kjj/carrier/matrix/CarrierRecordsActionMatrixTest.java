package cn.kunming.kjj.carrier.matrix;

import cn.kunming.kjj.carrier.common.CarrierId;
import cn.kunming.kjj.carrier.carrier.CarrierManagementService;
import cn.kunming.kjj.carrier.carrier.CarrierService;
import cn.kunming.kjj.carrier.carrier.Ground;
import cn.kunming.kjj.carrier.carrier.ManagementRecords.DisqualificationStatus;
import cn.kunming.kjj.carrier.carrier.RecoveryChoice;
import cn.kunming.kjj.carrier.common.Messages;
import cn.kunming.kjj.carrier.common.PortalException;
import cn.kunming.kjj.carrier.majorchange.ChangeDraft;
import cn.kunming.kjj.carrier.majorchange.ChangeStatus;
import cn.kunming.kjj.carrier.majorchange.ChangeType;
import cn.kunming.kjj.carrier.majorchange.MajorChangeService;
import cn.kunming.kjj.carrier.publicity.PublicNoticeService;
import cn.kunming.kjj.carrier.review.ReviewScenario;
import cn.kunming.kjj.carrier.security.Role;
import cn.kunming.kjj.carrier.support.As;
import cn.kunming.kjj.carrier.support.MovableClock;
import cn.kunming.kjj.carrier.support.PortalSpringTest;
import cn.kunming.kjj.carrier.support.RuleNames;
import cn.kunming.kjj.carrier.support.SampleFiles;
import cn.kunming.kjj.carrier.support.Scenarios;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The records that hang off a carrier, each action in every status: a major change takes the district's opinion only
 * while FILED and the bureau's decision only once DISTRICT_REVIEWED (G6.1–G6.2); a disqualification proposal is
 * confirmed or dismissed only while PROPOSED (M5.3). Elsewhere refused naming the rule, and nothing changes.
 */
@PortalSpringTest
@Transactional
class CarrierRecordsActionMatrixTest {

    @Autowired
    ReviewScenario scenario;
    @Autowired
    CarrierManagementService management;
    @Autowired
    MajorChangeService changes;
    @Autowired
    PublicNoticeService notices;
    @Autowired
    CarrierService carriers;
    @Autowired
    MovableClock clock;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void reset() {
        As.signOut();
        clock.reset();
    }

    private CarrierId carrier() {
        clock.set(LocalDate.of(2026, 3, 2).atTime(10, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant());
        CarrierId id = scenario.approvedCarrier(scenario.openCall(), ReviewScenario.DISTRICT, clock, notices, carriers);
        clock.set(LocalDate.of(2026, 6, 10).atTime(10, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant());
        return id;
    }

    private long count(String sql, Object arg) {
        Long n = jdbc.queryForObject(sql, Long.class, arg);
        return n == null ? 0 : n;
    }

    private void refusedNamingTheRuleWithNothingChanged(Runnable action, java.util.function.Supplier<Object> state) {
        Object before = state.get();
        assertThatThrownBy(action::run).isInstanceOfSatisfying(PortalException.class,
                e -> assertThat(Messages.of(e, Messages.CHINESE)).as("the refusal names its rule").containsPattern(RuleNames.PATTERN));
        assertThat(state.get()).as("nothing changes").isEqualTo(before);
    }

    @ParameterizedTest(name = "a major change {0}")
    @EnumSource(ChangeStatus.class)
    void aMajorChangeTakesTheDistrictsOpinionOnlyWhileFiledAndTheBureausDecisionOnlyAfterIt(ChangeStatus status) {
        CarrierId carrier = carrier();
        As.signIn(scenario.lastApplicant);
        long change = changes.file(new ChangeDraft(carrier, ChangeType.REORGANISATION, LocalDate.of(2026, 6, 1), "重组",
                Scenarios.eligibleContent().facts(), null, null, null));
        jdbc.update("update major_change set status = ? where id = ?", status.name(), change);
        java.util.function.Supplier<Object> state = () -> Map.of(
                "change", jdbc.queryForMap("select status, version, district_opinion, decision from major_change where id = ?",
                        change),
                "carrier", jdbc.queryForMap("select status, version from carrier where id = ?", carrier),
                "audit", count("select count(*) from audit_event where entity_type = 'MAJOR_CHANGE' and entity_id = ?",
                        String.valueOf(change)));
        Runnable opinion = () -> {
            As.role(Role.DISTRICT_OFFICER, ReviewScenario.DISTRICT);
            changes.districtOpinion(change, "属地意见：情况属实");
        };
        Runnable decision = () -> {
            As.role(Role.BUREAU_OFFICER, "KMKJJ");
            changes.decide(change, "仍符合条件");
        };
        if (status == ChangeStatus.FILED) {
            assertThatCode(opinion::run).doesNotThrowAnyException();
        } else {
            refusedNamingTheRuleWithNothingChanged(opinion, state);
        }
        jdbc.update("update major_change set status = ? where id = ?", status.name(), change);
        if (status == ChangeStatus.DISTRICT_REVIEWED) {
            assertThatCode(decision::run).doesNotThrowAnyException();
        } else {
            refusedNamingTheRuleWithNothingChanged(decision, state);
        }
    }

    @ParameterizedTest(name = "a disqualification {0}")
    @EnumSource(DisqualificationStatus.class)
    void aDisqualificationIsConfirmedOrDismissedOnlyWhileProposed(DisqualificationStatus status) {
        CarrierId carrier = carrier();
        As.role(Role.BUREAU_OFFICER, "KMKJJ");
        management.proposeDisqualification(carrier, Ground.ACCIDENT, "重大安全事故", SampleFiles.upload("通报.pdf", SampleFiles.pdf()));
        long proposal = management.proposals().stream().filter(d -> d.carrierId().equals(carrier)).findFirst().orElseThrow().id();
        jdbc.update("update disqualification set status = ? where id = ?", status.name(), proposal);
        java.util.function.Supplier<Object> state = () -> Map.of(
                "proposal", jdbc.queryForMap("select status, version from disqualification where id = ?", proposal),
                "carrier", jdbc.queryForMap("select status, version from carrier where id = ?", carrier),
                "audit", count("select count(*) from audit_event where entity_type = 'CARRIER' and entity_id = ?",
                        String.valueOf(carrier)));
        for (boolean confirm : new boolean[]{false, true}) {
            Runnable decision = () -> {
                As.role(Role.BUREAU_OFFICER, "KMKJJ");
                management.decide(proposal, confirm, "集体研究", LocalDate.of(2026, 6, 1), "已安排专项审计",
                        RecoveryChoice.full());
            };
            if (status == DisqualificationStatus.PROPOSED) {
                assertThatCode(decision::run).as(confirm ? "confirmed" : "dismissed").doesNotThrowAnyException();
                jdbc.update("update disqualification set status = 'PROPOSED' where id = ?", proposal);
                jdbc.update("update carrier set status = 'CULTIVATING' where id = ?", carrier);
            } else {
                refusedNamingTheRuleWithNothingChanged(decision, state);
            }
        }
    }
}
