package cn.kunming.kjj.carrier.notification.ui;

import cn.kunming.kjj.carrier.common.ui.NavbarItems;
import cn.kunming.kjj.carrier.notification.NotificationService;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.html.Span;

import java.util.List;

/** The bell in the top bar with the number of unread notifications; it leads to the notification list. */
@org.springframework.stereotype.Component
@org.springframework.core.annotation.Order(2)
class NotificationBell implements NavbarItems {

    private final NotificationService notifications;

    NotificationBell(NotificationService notifications) {
        this.notifications = notifications;
    }

    @Override
    public List<com.vaadin.flow.component.Component> forSignedIn() {
        int unread = notifications.unread();
        Anchor bell = new Anchor("notifications", new Icon(VaadinIcon.BELL));
        if (unread > 0) {
            Span count = new Span(String.valueOf(unread));
            count.getElement().getThemeList().add("badge error pill small");
            bell.add(count);
        }
        bell.setId("notification-bell");
        bell.getElement().setAttribute("aria-label", bell.getTranslation("nav.notificationsUnread", unread));
        return List.of(bell);
    }
}
