package cn.kunming.kjj.carrier.notification.ui;

import cn.kunming.kjj.carrier.common.ui.Formats;
import cn.kunming.kjj.carrier.common.ui.Notifications;
import cn.kunming.kjj.carrier.notification.Notification;
import cn.kunming.kjj.carrier.notification.NotificationKind;
import cn.kunming.kjj.carrier.notification.NotificationService;
import cn.kunming.kjj.carrier.notification.NotificationSetting;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** The signed-in person's notifications, newest first, with what became of each e-mail; and its choices. */
@Route("notifications")
@PermitAll
class NotificationsView extends VerticalLayout implements HasDynamicTitle {

    private final transient NotificationService notifications;
    final Grid<Notification> grid = new Grid<>();
    final CheckboxGroup<NotificationKind> email = new CheckboxGroup<>();
    final RadioButtonGroup<String> language = new RadioButtonGroup<>();

    NotificationsView(NotificationService notifications) {
        this.notifications = notifications;
        setSizeFull();
        grid.addColumn(n -> Formats.dateTime(n.createdAt())).setHeader(getTranslation("notification.at")).setAutoWidth(true);
        grid.addColumn(n -> getTranslation(n.kind().messageKey(), n.args().toArray())).setHeader(getTranslation("notification.text")).setFlexGrow(3);
        grid.addColumn(n -> n.readAt() == null ? getTranslation("notification.unread") : "").setHeader(getTranslation("notification.state"));
        grid.addColumn(n -> n.mailStatus() == null ? "—" : getTranslation("mailStatus." + n.mailStatus())
                + (n.mailError() == null ? "" : "（" + n.mailError() + "）")).setHeader(getTranslation("notification.mail")).setFlexGrow(1);
        grid.addItemClickListener(e -> open(e.getItem()));
        grid.setEmptyStateText(getTranslation("notification.none"));
        Button allRead = new Button(getTranslation("notification.allRead"), e -> {
            notifications.markAllRead();
            refresh();
        });
        NotificationSetting setting = notifications.setting();
        email.setLabel(getTranslation("notification.emailFor"));
        email.setItems(NotificationKind.values());
        email.setItemLabelGenerator(k -> getTranslation(k.labelKey()));
        email.setValue(EnumSet.complementOf(setting.emailOff().isEmpty() ? EnumSet.noneOf(NotificationKind.class)
                : EnumSet.copyOf(setting.emailOff())));
        language.setLabel(getTranslation("notification.language"));
        language.setItems("zh", "en");
        language.setItemLabelGenerator(l -> "en".equals(l) ? "English" : "中文");
        language.setValue(setting.language());
        Button save = new Button(getTranslation("action.save"), e -> save());
        add(new H2(getTranslation("nav.notifications")), allRead, grid, new H3(getTranslation("notification.settings")),
                language, email, save);
        refresh();
    }

    void refresh() {
        grid.setItems(notifications.mine());
    }

    void open(Notification n) {
        notifications.markRead(n.id());
        if (n.link() != null && !n.link().isBlank()) {
            getUI().ifPresent(ui -> ui.navigate(n.link()));
        } else {
            refresh();
        }
    }

    void save() {
        Set<NotificationKind> off = Arrays.stream(NotificationKind.values()).filter(k -> !email.getValue().contains(k))
                .collect(Collectors.toSet());
        notifications.saveSetting(new NotificationSetting(language.getValue(), off));
        Notifications.success(this, "action.saved");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.notifications");
    }
}
