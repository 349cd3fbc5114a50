package cn.kunming.kjj.carrier.notification;

import java.util.Arrays;
import java.util.List;

/**
 * What a feature publishes when its action concerns people. The notification feature sends it in the publisher's
 * transaction (so the notification and its queued e-mail commit, or roll back, with the action); the feature never
 * calls the notification feature's classes.
 */
public record NotificationRequested(Audience audience, NotificationKind kind, String link, List<String> args) {

    public NotificationRequested {
        args = List.copyOf(args);
    }

    public static NotificationRequested of(Audience audience, NotificationKind kind, String link, Object... args) {
        return new NotificationRequested(audience, kind, link, Arrays.stream(args).map(String::valueOf).toList());
    }
}
