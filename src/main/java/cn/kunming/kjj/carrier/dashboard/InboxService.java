package cn.kunming.kjj.carrier.dashboard;

import cn.kunming.kjj.carrier.annualreport.AnnualReportService;
import cn.kunming.kjj.carrier.annualreport.ReportStatus;
import cn.kunming.kjj.carrier.calendar.CalendarService;
import cn.kunming.kjj.carrier.calendar.WorkingCalendar;
import cn.kunming.kjj.carrier.call.Call;
import cn.kunming.kjj.carrier.call.CallService;
import cn.kunming.kjj.carrier.call.CallState;
import cn.kunming.kjj.carrier.common.CallId;
import cn.kunming.kjj.carrier.dashboard.repository.DashboardRepository;
import cn.kunming.kjj.carrier.dashboard.repository.InboxRepository;
import cn.kunming.kjj.carrier.dossier.DossierStatus;
import cn.kunming.kjj.carrier.majorchange.ChangeStatus;
import cn.kunming.kjj.carrier.review.RecommendationService;
import cn.kunming.kjj.carrier.review.ReviewSchedule;
import cn.kunming.kjj.carrier.security.Access;
import cn.kunming.kjj.carrier.security.CurrentUser;
import cn.kunming.kjj.carrier.security.PortalUser;
import cn.kunming.kjj.carrier.security.Role;
import cn.kunming.kjj.carrier.security.TenantScope;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What waits for the signed-in person (issue 25, part 6): one count statement per kind of work of their role, in
 * their scope, for the menu's badges and the home's tiles; and for officers, the calls whose recommendation or review
 * deadline is a few working days away (or passed, or not set) while dossiers still wait.
 */
@Service
public class InboxService {

    private static final Set<DossierStatus> IN_REVIEW = EnumSet.of(DossierStatus.RECOMMENDED,
            DossierStatus.UNDER_EXPERT_REVIEW);

    private final InboxRepository inbox;
    private final DashboardRepository aggregates;
    private final CallService calls;
    private final RecommendationService recommendations;
    private final AnnualReportService reports;
    private final CalendarService calendar;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final int warningDays;

    InboxService(InboxRepository inbox, DashboardRepository aggregates, CallService calls,
                 RecommendationService recommendations, AnnualReportService reports, CalendarService calendar, CurrentUser currentUser, Clock clock,
                 @Value("${portal.inbox.deadline-working-days:3}") int warningDays) {
        this.inbox = inbox;
        this.aggregates = aggregates;
        this.calls = calls;
        this.recommendations = recommendations;
        this.reports = reports;
        this.calendar = calendar;
        this.currentUser = currentUser;
        this.clock = clock;
        this.warningDays = warningDays;
    }

    /** The work waiting for the signed-in person, every kind of their role with its count (zero included). */
    @PreAuthorize(Access.SIGNED_IN)
    @Transactional(readOnly = true)
    public List<Waiting> waiting() {
        PortalUser me = currentUser.require();
        TenantScope scope = me.scope();
        List<Waiting> result = new ArrayList<>();
        for (WaitingWork work : WaitingWork.values()) {
            if (work.role() == me.role()) {
                result.add(new Waiting(work, count(work, scope, me)));
            }
        }
        return result;
    }

    private long count(WaitingWork work, TenantScope scope, PortalUser me) {
        return switch (work) {
            case DOSSIERS_TO_RECOMMEND -> inbox.dossiers(scope, EnumSet.of(DossierStatus.SUBMITTED));
            case UNITS_TO_ACTIVATE -> inbox.pendingUnitAccounts(scope);
            case CHANGES_FOR_OPINION -> inbox.changes(scope, ChangeStatus.FILED);
            case REPORTS_TO_READ, REPORTS_TO_EVALUATE -> inbox.reportsNotEvaluated(scope);
            case DOSSIERS_TO_ASSIGN -> inbox.dossiers(scope, EnumSet.of(DossierStatus.RECOMMENDED));
            case DOSSIERS_TO_DECIDE -> inbox.dossiers(scope, EnumSet.of(DossierStatus.REVIEWED));
            case DOSSIERS_TO_PUBLISH -> inbox.dossiers(scope, EnumSet.of(DossierStatus.PROPOSED));
            case CHANGES_TO_DECIDE -> inbox.changes(scope, ChangeStatus.DISTRICT_REVIEWED);
            case REVIEWS_DUE -> inbox.openReviews(me.accountId());
            case DOSSIERS_RETURNED -> inbox.dossiers(scope, EnumSet.of(DossierStatus.RETURNED));
            case REPORTS_RETURNED -> inbox.reports(scope, ReportStatus.RETURNED);
            case REPORTS_OVERDUE_IN_DISTRICT, REPORTS_OVERDUE -> reports.overdueCount();
            case CREDIT_ALERTS_IN_DISTRICT, CREDIT_ALERTS_OPEN -> inbox.openCreditAlerts(scope);
        };
    }

    /**
     * The calls whose dates the officer should act on: while dossiers of the call wait in the officer's scope, its
     * recommendation deadline (P4.3) — and for the bureau its review deadline (P4.4) — within the configured number
     * of working days on the official calendar, passed, or, once the call has closed, not set at all.
     */
    @PreAuthorize(Access.OFFICERS)
    @Transactional(readOnly = true)
    public List<DeadlineWarning> deadlineWarnings() {
        PortalUser me = currentUser.require();
        Map<CallId, Map<DossierStatus, Long>> byCall = aggregates.statusesByCall(me.scope());
        WorkingCalendar days = calendar.calendar();
        LocalDateTime now = LocalDateTime.now(clock);
        LocalDate today = now.toLocalDate();
        List<DeadlineWarning> result = new ArrayList<>();
        for (Call call : calls.published()) {
            Map<DossierStatus, Long> counts = byCall.getOrDefault(call.id(), Map.of());
            ReviewSchedule schedule = recommendations.schedule(call.id());
            boolean closed = call.stateAt(now) == CallState.CLOSED;
            long toRecommend = counts.getOrDefault(DossierStatus.SUBMITTED, 0L);
            warn(result, call, days, today, closed, toRecommend, schedule.recommendBy(),
                    DeadlineWarning.Kind.RECOMMEND_BY, DeadlineWarning.Kind.NO_RECOMMEND_BY);
            if (me.role() == Role.BUREAU_OFFICER) {
                long inReview = IN_REVIEW.stream().mapToLong(s -> counts.getOrDefault(s, 0L)).sum();
                warn(result, call, days, today, closed, inReview, schedule.reviewBy(),
                        DeadlineWarning.Kind.REVIEW_BY, DeadlineWarning.Kind.NO_REVIEW_BY);
            }
        }
        result.sort(java.util.Comparator.comparing((DeadlineWarning w) -> w.date() != null)
                .thenComparingInt(DeadlineWarning::workingDaysLeft));
        return result;
    }

    private void warn(List<DeadlineWarning> result, Call call, WorkingCalendar days, LocalDate today, boolean closed,
                      long waiting, @Nullable LocalDate deadline, DeadlineWarning.Kind dated, DeadlineWarning.Kind unset) {
        if (waiting == 0) {
            return;
        }
        if (deadline == null) {
            if (closed) {
                result.add(new DeadlineWarning(call.id(), call.title(), unset, null, 0, waiting));
            }
            return;
        }
        int left = days.workingDaysBetween(today, deadline);
        if (left <= warningDays) {
            result.add(new DeadlineWarning(call.id(), call.title(), dated, deadline, left, waiting));
        }
    }
}
