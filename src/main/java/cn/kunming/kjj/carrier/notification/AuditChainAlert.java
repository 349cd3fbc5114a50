package cn.kunming.kjj.carrier.notification;

import cn.kunming.kjj.carrier.audit.AuditChainBroken;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** A broken audit chain is told at once to the auditors, in the portal and by SMS (an urgent kind). */
@Component
class AuditChainAlert {

    private final Notifier notifier;

    AuditChainAlert(Notifier notifier) {
        this.notifier = notifier;
    }

    @EventListener
    void on(AuditChainBroken broken) {
        notifier.notify(notifier.resolve(Audience.auditors()), NotificationKind.AUDIT_CHAIN_BROKEN, "audit",
                broken.brokenSeq() == null ? "-" : broken.brokenSeq(),
                broken.brokenEventId() == null ? "-" : broken.brokenEventId());
    }
}
