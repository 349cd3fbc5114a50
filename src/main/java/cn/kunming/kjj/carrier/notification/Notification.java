package cn.kunming.kjj.carrier.notification;

import cn.kunming.kjj.carrier.common.AccountId;
import java.time.LocalDateTime;
import java.util.List;

/** A notification in a person's list, with where it leads and what became of its e-mail, if any. */
public record Notification(long id, AccountId accountId, NotificationKind kind, List<String> args, String link,
                           LocalDateTime createdAt, LocalDateTime readAt, String mailStatus, String mailError) {

    public Notification {
        args = List.copyOf(args);
    }
}
