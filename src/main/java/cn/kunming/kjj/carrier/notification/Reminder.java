package cn.kunming.kjj.carrier.notification;

import java.util.Arrays;
import java.util.List;

/**
 * One reminder due today, as a feature sees it. {@code key} names the deadline and its step; each person gets each
 * key once, however often the job runs.
 */
public record Reminder(Audience audience, NotificationKind kind, String key, String link, List<String> args) {

    public Reminder {
        args = List.copyOf(args);
    }

    public static Reminder of(Audience audience, NotificationKind kind, String key, String link, Object... args) {
        return new Reminder(audience, kind, key, link, Arrays.stream(args).map(String::valueOf).toList());
    }
}
