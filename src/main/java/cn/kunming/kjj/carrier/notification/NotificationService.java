package cn.kunming.kjj.carrier.notification;

import cn.kunming.kjj.carrier.common.AccountId;
import cn.kunming.kjj.carrier.audit.AuditAction;
import cn.kunming.kjj.carrier.audit.AuditEntry;
import cn.kunming.kjj.carrier.audit.AuditedEntity;
import cn.kunming.kjj.carrier.notification.repository.NotificationRepository;
import cn.kunming.kjj.carrier.security.Access;
import cn.kunming.kjj.carrier.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;

/** The signed-in person's own notifications and choices; nobody reads another's. */
@Service
public class NotificationService {

    private final NotificationRepository notifications;
    private final CurrentUser currentUser;
    private final Clock clock;

    private final cn.kunming.kjj.carrier.audit.AuditLog audit;

    NotificationService(NotificationRepository notifications, CurrentUser currentUser, Clock clock,
                        cn.kunming.kjj.carrier.audit.AuditLog audit) {
        this.audit = audit;
        this.notifications = notifications;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @PreAuthorize(Access.SIGNED_IN)
    @Transactional(readOnly = true)
    public List<Notification> mine() {
        return notifications.ofAccount(currentUser.require().accountId(), 200);
    }

    @PreAuthorize(Access.SIGNED_IN)
    @Transactional(readOnly = true)
    public int unread() {
        return notifications.unread(currentUser.require().accountId());
    }

    @PreAuthorize(Access.SIGNED_IN)
    @Transactional
    public void markRead(long id) {
        notifications.markRead(currentUser.require().accountId(), id, LocalDateTime.now(clock));
    }

    @PreAuthorize(Access.SIGNED_IN)
    @Transactional
    public int markAllRead() {
        return notifications.markAllRead(currentUser.require().accountId(), LocalDateTime.now(clock));
    }

    @PreAuthorize(Access.SIGNED_IN)
    @Transactional(readOnly = true)
    public NotificationSetting setting() {
        return notifications.setting(currentUser.require().accountId()).orElse(NotificationSetting.defaults());
    }

    @PreAuthorize(Access.SIGNED_IN)
    @Transactional
    public void saveSetting(NotificationSetting setting) {
        AccountId account = currentUser.require().accountId();
        notifications.saveSetting(account, setting);
        audit.record(AuditEntry.of(AuditAction.NOTIFICATION_SETTINGS_SAVED, AuditedEntity.ACCOUNT, account)
                .detail("language " + setting.language() + ", e-mail off " + setting.emailOff()));
    }
}
