package cn.kunming.kjj.carrier.notification.repository;

import cn.kunming.kjj.carrier.common.AccountId;
import cn.kunming.kjj.carrier.notification.Notification;
import cn.kunming.kjj.carrier.notification.NotificationKind;
import cn.kunming.kjj.carrier.notification.NotificationSetting;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/** A person's notifications belong to its account: every read takes the account id of the signed-in user. */
public interface NotificationRepository {

    long insert(AccountId accountId, NotificationKind kind, List<String> args, String link, LocalDateTime at);

    void queueMail(long notificationId, String to, String subject, String body, LocalDateTime at);

    List<Notification> ofAccount(AccountId accountId, int limit);

    int unread(AccountId accountId);

    boolean markRead(AccountId accountId, long id, LocalDateTime at);

    int markAllRead(AccountId accountId, LocalDateTime at);

    Optional<NotificationSetting> setting(AccountId accountId);

    void saveSetting(AccountId accountId, NotificationSetting setting);

    /** Records a reminder step; false when it was already sent (by this run, another run or another node). */
    boolean remindOnce(String key, LocalDateTime at);

    record Mail(long id, String to, String subject, String body, int attempts) {
    }

    List<Mail> dueMails(LocalDateTime now, int maxAttempts, int limit);

    void sent(long mailId, LocalDateTime at);

    void failed(long mailId, int attempts, LocalDateTime nextAttempt, String error);
}
