package cn.kunming.kjj.carrier.matrix;

import cn.kunming.kjj.carrier.common.CarrierId;
import cn.kunming.kjj.carrier.carrier.CarrierManagementService;
import cn.kunming.kjj.carrier.carrier.CarrierService;
import cn.kunming.kjj.carrier.carrier.CarrierStatus;
import cn.kunming.kjj.carrier.carrier.Ground;
import cn.kunming.kjj.carrier.carrier.ManagementRecords.FilingStatus;
import cn.kunming.kjj.carrier.common.Messages;
import cn.kunming.kjj.carrier.common.PortalException;
import cn.kunming.kjj.carrier.eligibility.Facts;
import cn.kunming.kjj.carrier.majorchange.ChangeDraft;
import cn.kunming.kjj.carrier.majorchange.ChangeType;
import cn.kunming.kjj.carrier.majorchange.MajorChangeService;
import cn.kunming.kjj.carrier.publicity.PublicNoticeService;
import cn.kunming.kjj.carrier.review.ReviewScenario;
import cn.kunming.kjj.carrier.security.PortalUser;
import cn.kunming.kjj.carrier.security.Role;
import cn.kunming.kjj.carrier.support.As;
import cn.kunming.kjj.carrier.support.MovableClock;
import cn.kunming.kjj.carrier.support.PortalSpringTest;
import cn.kunming.kjj.carrier.support.RuleNames;
import cn.kunming.kjj.carrier.support.SampleFiles;
import cn.kunming.kjj.carrier.support.Scenarios;
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
import java.util.function.Predicate;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every action on a carrier, in every status of {@link CarrierStatus}: allowed exactly where its state machine lets the
 * carrier move (or, for the subsidy, where it is provincially filed; for a major change, while it is on the list);
 * elsewhere refused naming the rule, and nothing changes — the carrier row, its status history, filings, subsidy,
 * disqualification proposals, major changes and the audit.
 */
@PortalSpringTest
@Transactional
class CarrierActionMatrixTest {

    record Carrier(CarrierId id, PortalUser applicant) {
    }

    record Action(String name, Predicate<CarrierStatus> allowedIn, Step step) {
        @Override
        public String toString() {
            return name;
        }
    }

    @FunctionalInterface
    interface Step {
        void run(CarrierActionMatrixTest t, Carrier c);
    }

    static final List<Action> ACTIONS = List.of(
            new Action("登记省级备案", status -> status.canMoveTo(CarrierStatus.PROVINCIALLY_FILED), (t, c) -> {
                As.role(Role.BUREAU_OFFICER, "KMKJJ");
                t.management.recordFiling(c.id(), FilingStatus.FILED, "云科函〔2026〕8号", t.today(), null, null);
            }),
            new Action("登记备案撤销", status -> status == CarrierStatus.PROVINCIALLY_FILED
                    && status.canMoveTo(CarrierStatus.CULTIVATING), (t, c) -> {
                As.role(Role.BUREAU_OFFICER, "KMKJJ");
                t.management.recordFiling(c.id(), FilingStatus.REVOKED, "云科函〔2026〕9号", t.today(), "撤销", null);
            }),
            new Action("拨付一次性补助", status -> status == CarrierStatus.PROVINCIALLY_FILED, (t, c) -> {
                As.role(Role.BUREAU_OFFICER, "KMKJJ");
                t.management.prepareSubsidy(c.id(), t.today(), "记-" + c.id());
            }),
            new Action("提出取消资格", status -> status.canMoveTo(CarrierStatus.DISQUALIFIED), (t, c) -> {
                As.role(Role.BUREAU_OFFICER, "KMKJJ");
                t.management.proposeDisqualification(c.id(), Ground.ACCIDENT, "重大安全事故", SampleFiles.upload("通报.pdf", SampleFiles.pdf()));
            }),
            new Action("单位报告重大变化", CarrierStatus::active, (t, c) -> {
                As.signIn(c.applicant());
                Facts facts = Scenarios.eligibleContent().facts();
                t.changes.file(new ChangeDraft(c.id(), ChangeType.REORGANISATION, t.today().minusDays(3), "重组", facts,
                        null, null, null));
            }));

    static Stream<Arguments> cases() {
        return Arrays.stream(CarrierStatus.values())
                .flatMap(status -> ACTIONS.stream().map(action -> Arguments.of(status, action)));
    }

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

    LocalDate today() {
        return LocalDate.now(clock);
    }

    /** A carrier approved in March 2026, put in the status, looked at in June 2026. */
    private Carrier carrierIn(CarrierStatus status) {
        clock.set(LocalDate.of(2026, 3, 2).atTime(10, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant());
        CarrierId id = scenario.approvedCarrier(scenario.openCall(), ReviewScenario.DISTRICT, clock, notices, carriers);
        PortalUser applicant = scenario.lastApplicant;
        clock.set(LocalDate.of(2026, 6, 10).atTime(10, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant());
        jdbc.update("update carrier set status = ? where id = ?", status.name(), id.value());
        return new Carrier(id, applicant);
    }

    private Map<String, Object> state(CarrierId carrierId) {
        return Map.of(
                "carrier", jdbc.queryForMap("select status, version from carrier where id = ?", carrierId),
                "history", count("select count(*) from carrier_status_history where carrier_id = ?", carrierId),
                "filings", count("select count(*) from provincial_filing where carrier_id = ?", carrierId),
                "subsidy", count("select count(*) from subsidy where carrier_id = ?", carrierId),
                "disqualifications", count("select count(*) from disqualification where carrier_id = ?", carrierId),
                "changes", count("select count(*) from major_change where carrier_id = ?", carrierId),
                "audit", count("select count(*) from audit_event where entity_type = 'CARRIER' and entity_id = ?",
                        String.valueOf(carrierId)));
    }

    private long count(String sql, Object arg) {
        Long n = jdbc.queryForObject(sql, Long.class, arg);
        return n == null ? 0 : n;
    }

    @ParameterizedTest(name = "{1} on a carrier {0}")
    @MethodSource("cases")
    void anActionIsAllowedExactlyWhereTheStateMachineSaysElseRefusedNamingTheRuleAndNothingChanges(
            CarrierStatus status, Action action) {
        Carrier c = carrierIn(status);
        if (action.allowedIn().test(status)) {
            assertThatCode(() -> action.step().run(this, c)).as(action + " in " + status).doesNotThrowAnyException();
            return;
        }
        Map<String, Object> before = state(c.id());
        assertThatThrownBy(() -> action.step().run(this, c)).as(action + " in " + status)
                .isInstanceOfSatisfying(PortalException.class, e -> assertThat(Messages.of(e, Messages.CHINESE))
                        .as("the refusal names its rule").containsPattern(RuleNames.PATTERN));
        assertThat(state(c.id())).as("nothing changes").isEqualTo(before);
    }
}
