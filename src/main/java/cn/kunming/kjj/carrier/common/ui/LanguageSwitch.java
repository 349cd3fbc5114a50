package cn.kunming.kjj.carrier.common.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;

import java.util.Locale;

/** Switches the session's language; every open view is rebuilt in it. */
public final class LanguageSwitch {

    private LanguageSwitch() {
    }

    public static void switchTo(Locale locale) {
        VaadinSession session = VaadinSession.getCurrent();
        session.setLocale(locale);
        UI ui = UI.getCurrent();
        ui.setLocale(locale);
        ui.getPage().reload();
    }
}
