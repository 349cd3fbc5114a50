package cn.kunming.kjj.carrier.notification;

import cn.kunming.kjj.carrier.security.AccountLocked;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.time.format.DateTimeFormatter;
import java.util.List;

/** Tells the owner of an account that it was locked (in the portal and by e-mail), in the transaction that locked it. */
@Component
class AccountLockNotice {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final Notifier notifier;

    AccountLockNotice(Notifier notifier) {
        this.notifier = notifier;
    }

    @EventListener
    void on(AccountLocked locked) {
        notifier.notify(List.of(locked.account()), NotificationKind.ACCOUNT_LOCKED, "password",
                locked.account().username(), TIME.format(locked.lockedUntil()));
    }
}
