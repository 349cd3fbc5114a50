package cn.kunming.kjj.carrier.dossier;

import cn.kunming.kjj.carrier.call.Call;
import cn.kunming.kjj.carrier.call.CallService;
import cn.kunming.kjj.carrier.dossier.repository.DossierRepository;
import cn.kunming.kjj.carrier.notification.Audience;
import cn.kunming.kjj.carrier.notification.NotificationKind;
import cn.kunming.kjj.carrier.notification.Reminder;
import cn.kunming.kjj.carrier.notification.ReminderSource;
import cn.kunming.kjj.carrier.notification.ReminderSteps;
import cn.kunming.kjj.carrier.security.TenantScope;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A call closing while a unit's draft is unsubmitted; a returned dossier's revision falling due (P4.2). */
@Component
class DossierReminders implements ReminderSource {

    private static final TenantScope EVERYTHING = new TenantScope.All();

    private final CallService calls;
    private final DossierRepository dossiers;

    DossierReminders(CallService calls, DossierRepository dossiers) {
        this.calls = calls;
        this.dossiers = dossiers;
    }

    @Override
    public List<Reminder> dueOn(LocalDate today, ReminderSteps steps) {
        List<Reminder> due = new ArrayList<>();
        for (Call call : calls.published()) {
            steps.stepOn(today, call.closesAt().toLocalDate()).ifPresent(step -> dossiers.find(EVERYTHING, call.id()).stream()
                    .filter(d -> d.status() == DossierStatus.DRAFT)
                    .forEach(d -> due.add(Reminder.of(Audience.unit(d.unitId()), NotificationKind.CALL_CLOSING,
                            "CALL:" + call.id() + ":" + d.id() + ":" + step, "dossiers/" + d.id(), call.title(),
                            call.closesAt().toString().replace('T', ' ')))));
        }
        for (Dossier d : dossiers.find(EVERYTHING, null)) {
            LocalDate revisionDue = d.revisionDue();
            if (d.status() == DossierStatus.RETURNED && revisionDue != null) {
                steps.stepOn(today, revisionDue).ifPresent(step -> due.add(Reminder.of(Audience.unit(d.unitId()),
                        NotificationKind.REVISION_DUE, "REVISION:" + d.id() + ":" + revisionDue + ":" + step,
                        "dossiers/" + d.id(), revisionDue)));
            }
        }
        return due;
    }
}
