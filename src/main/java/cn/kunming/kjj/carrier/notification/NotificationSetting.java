package cn.kunming.kjj.carrier.notification;

import java.util.Set;

/** A person's choices: the language of its messages, and the kinds it does not want by e-mail. */
public record NotificationSetting(String language, Set<NotificationKind> emailOff) {

    public NotificationSetting {
        emailOff = Set.copyOf(emailOff);
    }

    public static NotificationSetting defaults() {
        return new NotificationSetting("zh", Set.of());
    }
}
