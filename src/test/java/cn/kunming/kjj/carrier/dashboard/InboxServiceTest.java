package cn.kunming.kjj.carrier.dashboard;

import cn.kunming.kjj.carrier.call.Call;
import cn.kunming.kjj.carrier.call.CallService;
import cn.kunming.kjj.carrier.common.CallId;
import cn.kunming.kjj.carrier.review.ChecklistItem;
import cn.kunming.kjj.carrier.review.DistrictAction;
import cn.kunming.kjj.carrier.review.RecommendationService;
import cn.kunming.kjj.carrier.review.ReviewSchedule;
import cn.kunming.kjj.carrier.review.ReviewScenario;
import cn.kunming.kjj.carrier.review.Verdict;
import cn.kunming.kjj.carrier.security.Role;
import cn.kunming.kjj.carrier.support.As;
import cn.kunming.kjj.carrier.support.MovableClock;
import cn.kunming.kjj.carrier.support.PortalSpringTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issue 25, part 6: what waits for each role, counted in its scope while other tenants' and units' records of the same
 * kinds are present; and the deadlines of the calls the officers should act on.
 */
@PortalSpringTest
@Transactional
class InboxServiceTest {

    private static final String OTHER = "530103";

    @Autowired
    InboxService inbox;
    @Autowired
    ReviewScenario scenario;
    @Autowired
    RecommendationService recommendations;
    @Autowired
    CallService calls;
    @Autowired
    MovableClock clock;

    @AfterEach
    void reset() {
        As.signOut();
        clock.reset();
    }

    private long waiting(WaitingWork work) {
        return inbox.waiting().stream().filter(w -> w.work() == work).findFirst().orElseThrow().count();
    }

    @Test
    void aDistrictCountsTheDossiersWaitingForItInItsOwnTenantOnly() {
        CallId call = scenario.openCall();
        scenario.district(ReviewScenario.DISTRICT);
        long mine = waiting(WaitingWork.DOSSIERS_TO_RECOMMEND);
        scenario.district(OTHER);
        long theirs = waiting(WaitingWork.DOSSIERS_TO_RECOMMEND);
        scenario.submitted(call, ReviewScenario.DISTRICT);
        scenario.submitted(call, OTHER);
        scenario.submitted(call, OTHER);
        scenario.district(ReviewScenario.DISTRICT);
        assertThat(waiting(WaitingWork.DOSSIERS_TO_RECOMMEND)).isEqualTo(mine + 1);
        scenario.district(OTHER);
        assertThat(waiting(WaitingWork.DOSSIERS_TO_RECOMMEND)).isEqualTo(theirs + 2);
    }

    @Test
    void theBureauCountsTheRecommendedDossiersOfEveryTenantAsWaitingForExperts() {
        CallId call = scenario.openCall();
        As.role(Role.BUREAU_OFFICER, "KMKJJ");
        long before = waiting(WaitingWork.DOSSIERS_TO_ASSIGN);
        scenario.recommend(scenario.submitted(call, ReviewScenario.DISTRICT).dossierId(), ReviewScenario.DISTRICT);
        scenario.recommend(scenario.submitted(call, OTHER).dossierId(), OTHER);
        scenario.submitted(call, OTHER);
        As.role(Role.BUREAU_OFFICER, "KMKJJ");
        assertThat(waiting(WaitingWork.DOSSIERS_TO_ASSIGN)).isEqualTo(before + 2);
    }

    @Test
    void eachRoleIsCountedItsOwnKindsOfWorkAndNoOther() {
        scenario.district(ReviewScenario.DISTRICT);
        assertThat(inbox.waiting()).extracting(Waiting::work).containsExactly(WaitingWork.DOSSIERS_TO_RECOMMEND,
                WaitingWork.UNITS_TO_ACTIVATE, WaitingWork.CHANGES_FOR_OPINION, WaitingWork.REPORTS_TO_READ,
                WaitingWork.REPORTS_OVERDUE_IN_DISTRICT, WaitingWork.CREDIT_ALERTS_IN_DISTRICT);
        As.role(Role.BUREAU_OFFICER, "KMKJJ");
        assertThat(inbox.waiting()).extracting(Waiting::work).containsExactly(WaitingWork.DOSSIERS_TO_ASSIGN,
                WaitingWork.DOSSIERS_TO_DECIDE, WaitingWork.DOSSIERS_TO_PUBLISH, WaitingWork.CHANGES_TO_DECIDE,
                WaitingWork.REPORTS_TO_EVALUATE, WaitingWork.REPORTS_OVERDUE, WaitingWork.CREDIT_ALERTS_OPEN);
        As.role(Role.ADMIN, null);
        assertThat(inbox.waiting()).isEmpty();
        As.role(Role.INDUSTRY_AUTHORITY, "KMGXJ");
        assertThat(inbox.waiting()).isEmpty();
    }

    @Test
    void anApplicantCountsItsOwnUnitsReturnedDossiersNotThoseOfAnotherUnitOfItsDistrict() {
        CallId call = scenario.openCall();
        ReviewScenario.Submitted mine = scenario.submitted(call, ReviewScenario.DISTRICT);
        ReviewScenario.Submitted neighbour = scenario.submitted(call, ReviewScenario.DISTRICT);
        returnForRevision(mine);
        returnForRevision(neighbour);
        As.signIn(mine.applicant());
        assertThat(waiting(WaitingWork.DOSSIERS_RETURNED)).isEqualTo(1);
        assertThat(waiting(WaitingWork.REPORTS_RETURNED)).isZero();
    }

    private void returnForRevision(ReviewScenario.Submitted s) {
        scenario.district(ReviewScenario.DISTRICT);
        List<ChecklistItem> items = new ArrayList<>(ReviewScenario.allPresent(
                recommendations.workspace(s.dossierId()).checklist()));
        items.set(0, new ChecklistItem(items.getFirst().code(), Verdict.PROBLEM, "缺少盖章页"));
        recommendations.decide(s.dossierId(), DistrictAction.RETURN, items, "请补充", LocalDate.now(clock).plusDays(10));
        As.signOut();
    }

    @Test
    void anExpertCountsTheReviewsItHasNotSubmittedAndNotThoseOfAnotherExpert() {
        CallId call = scenario.openCall();
        ReviewScenario.Submitted s = scenario.submitted(call, ReviewScenario.DISTRICT);
        scenario.recommend(s.dossierId(), ReviewScenario.DISTRICT);
        ReviewScenario.ExpertLogin assigned = scenario.expert("甲");
        ReviewScenario.ExpertLogin other = scenario.expert("乙");
        scenario.assign(s.dossierId(), assigned);
        As.signIn(assigned.user());
        assertThat(waiting(WaitingWork.REVIEWS_DUE)).isEqualTo(1);
        As.signIn(other.user());
        assertThat(waiting(WaitingWork.REVIEWS_DUE)).isZero();
        scenario.score(assigned, s.dossierId(), 80);
        As.signIn(assigned.user());
        assertThat(waiting(WaitingWork.REVIEWS_DUE)).isZero();
    }

    @Test
    void nobodySignedOutIsCounted() {
        assertThatThrownBy(() -> inbox.waiting()).isInstanceOf(
                org.springframework.security.authentication.AuthenticationCredentialsNotFoundException.class);
    }

    /** A call with one dossier waiting in 五华区, the clock moved to the day after it closed. */
    private Call closedCallWithOneWaiting() {
        CallId id = scenario.openCall();
        scenario.submitted(id, ReviewScenario.DISTRICT);
        Call call = calls.published().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
        LocalDate dayAfter = call.closesAt().toLocalDate().plusDays(1);
        clock.set(dayAfter.atTime(9, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant());
        return call;
    }

    @Test
    void aRecommendationDeadlineOnTheDayIsWarnedWithTheDossiersWaitingToTheDistrictAndTheBureau() {
        Call call = closedCallWithOneWaiting();
        LocalDate today = LocalDate.now(clock);
        As.role(Role.BUREAU_OFFICER, "KMKJJ");
        recommendations.setSchedule(new ReviewSchedule(call.id(), today, null));
        scenario.district(ReviewScenario.DISTRICT);
        assertThat(inbox.deadlineWarnings()).filteredOn(w -> w.callId().equals(call.id())).singleElement()
                .satisfies(w -> {
                    assertThat(w.kind()).isEqualTo(DeadlineWarning.Kind.RECOMMEND_BY);
                    assertThat(w.workingDaysLeft()).isZero();
                    assertThat(w.waiting()).isEqualTo(1);
                    assertThat(w.overdue()).isFalse();
                });
        scenario.district(OTHER);
        assertThat(inbox.deadlineWarnings()).as("nothing of this call waits in another district")
                .noneMatch(w -> w.callId().equals(call.id()));
    }

    @Test
    void aPassedRecommendationDeadlineIsWarnedAsOverdue() {
        Call call = closedCallWithOneWaiting();
        As.role(Role.BUREAU_OFFICER, "KMKJJ");
        recommendations.setSchedule(new ReviewSchedule(call.id(), LocalDate.now(clock), null));
        clock.set(LocalDate.now(clock).plusDays(7).atTime(9, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant());
        scenario.district(ReviewScenario.DISTRICT);
        assertThat(inbox.deadlineWarnings()).filteredOn(w -> w.callId().equals(call.id())).singleElement()
                .satisfies(w -> {
                    assertThat(w.overdue()).isTrue();
                    assertThat(w.workingDaysLeft()).isNegative();
                    assertThat(w.messageKey()).isEqualTo("deadlineWarning.RECOMMEND_BY_PASSED");
                });
    }

    @Test
    void aDeadlineMoreThanThreeWorkingDaysAwayIsNotWarned() {
        Call call = closedCallWithOneWaiting();
        As.role(Role.BUREAU_OFFICER, "KMKJJ");
        recommendations.setSchedule(new ReviewSchedule(call.id(), LocalDate.now(clock).plusDays(30), null));
        scenario.district(ReviewScenario.DISTRICT);
        assertThat(inbox.deadlineWarnings()).noneMatch(w -> w.callId().equals(call.id()));
    }

    @Test
    void aClosedCallWithDossiersWaitingAndNoRecommendationDeadlineIsWarnedAsUnset() {
        Call call = closedCallWithOneWaiting();
        As.role(Role.BUREAU_OFFICER, "KMKJJ");
        assertThat(inbox.deadlineWarnings()).filteredOn(w -> w.callId().equals(call.id()))
                .extracting(DeadlineWarning::kind).containsExactly(DeadlineWarning.Kind.NO_RECOMMEND_BY);
    }

    @Test
    void applicantsAndExpertsAreWarnedOfNoOfficersDeadline() {
        As.role(Role.EXPERT, null);
        assertThatThrownBy(() -> inbox.deadlineWarnings()).isInstanceOf(AccessDeniedException.class);
    }
}
