package cn.kunming.kjj.carrier.review;

import cn.kunming.kjj.carrier.call.Call;
import cn.kunming.kjj.carrier.call.CallService;
import cn.kunming.kjj.carrier.dossier.Dossier;
import cn.kunming.kjj.carrier.dossier.Dossiers;
import cn.kunming.kjj.carrier.expert.Experts;
import cn.kunming.kjj.carrier.expertreview.Assignment;
import cn.kunming.kjj.carrier.expertreview.AssignmentStatus;
import cn.kunming.kjj.carrier.expertreview.Assignments;
import cn.kunming.kjj.carrier.expertreview.SubjectType;
import cn.kunming.kjj.carrier.notification.Audience;
import cn.kunming.kjj.carrier.notification.NotificationKind;
import cn.kunming.kjj.carrier.notification.Reminder;
import cn.kunming.kjj.carrier.notification.ReminderSource;
import cn.kunming.kjj.carrier.notification.ReminderSteps;
import cn.kunming.kjj.carrier.review.repository.DistrictReviewRepository;
import cn.kunming.kjj.carrier.security.TenantScope;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** An expert's open review falling due on the call's review date (P4.4). */
@Component
class ReviewReminders implements ReminderSource {

    private static final TenantScope EVERYTHING = new TenantScope.All();

    private final CallService calls;
    private final DistrictReviewRepository schedules;
    private final Assignments assignments;
    private final Dossiers dossiers;
    private final Experts experts;

    ReviewReminders(CallService calls, DistrictReviewRepository schedules, Assignments assignments,
                    Dossiers dossiers, Experts experts) {
        this.dossiers = dossiers;
        this.calls = calls;
        this.schedules = schedules;
        this.assignments = assignments;
        this.experts = experts;
    }

    @Override
    public List<Reminder> dueOn(LocalDate today, ReminderSteps steps) {
        List<Reminder> due = new ArrayList<>();
        for (Call call : calls.published()) {
            schedules.schedule(call.id()).map(ReviewSchedule::reviewBy).ifPresent(reviewBy ->
                    steps.stepOn(today, reviewBy).ifPresent(step -> {
                        for (Assignment a : assignments.of(EVERYTHING, SubjectType.DOSSIER,
                                dossiers.find(EVERYTHING, call.id()).stream().map(d -> d.id().value()).toList())) {
                            if (a.status() == AssignmentStatus.ASSIGNED || a.status() == AssignmentStatus.ACCEPTED) {
                                experts.findById(a.expertId()).map(e -> e.accountId()).ifPresent(account ->
                                        due.add(Reminder.of(Audience.account(account), NotificationKind.REVIEW_DUE,
                                                "REVIEW:" + a.id() + ":" + step, a.subject().path(),
                                                reviewBy)));
                            }
                        }
                    }));
        }
        return due;
    }
}
