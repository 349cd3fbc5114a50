package cn.kunming.kjj.carrier.common.ui;

import cn.kunming.kjj.carrier.common.PortalException;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/** Feedback toasts; refusals name what is wrong (and the rule, where there is one) in the user's language. */
public final class Notifications {

    private Notifications() {
    }

    public static void success(Component source, String key, Object... args) {
        Notification n = Notification.show(source.getTranslation(key, args), 3000, Notification.Position.BOTTOM_END);
        n.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    public static void refused(Component source, PortalException e) {
        Notification n = Notification.show(source.getTranslation(e.messageKey(), e.args()), 6000,
                Notification.Position.MIDDLE);
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}
