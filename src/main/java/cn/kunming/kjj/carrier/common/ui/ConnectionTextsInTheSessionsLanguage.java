package cn.kunming.kjj.carrier.common.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

import java.util.Locale;

/**
 * The bar Vaadin shows when the connection to the server drops, comes back or gives up speaks the session's language,
 * not Vaadin's English defaults ("Online", "Connection lost"). Flow carries two of its texts to the browser; the third,
 * shown when the connection is back, is the browser-side indicator's own property. A language switch reloads the page,
 * so each new page gets the texts of the language chosen.
 */
@Component
class ConnectionTextsInTheSessionsLanguage implements VaadinServiceInitListener {

    static final String RECONNECTING = "connection.reconnecting";
    static final String GAVE_UP = "connection.lost";
    static final String ONLINE = "connection.online";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(e -> apply(e.getUI()));
    }

    static void apply(UI ui) {
        Locale locale = ui.getSession().getLocale();
        ui.getReconnectDialogConfiguration().setDialogText(ui.getTranslation(locale, RECONNECTING));
        ui.getReconnectDialogConfiguration().setDialogTextGaveUp(ui.getTranslation(locale, GAVE_UP));
        ui.getPage().executeJs("const indicator = window.Vaadin && window.Vaadin.connectionIndicator;"
                + " if (indicator) { indicator.onlineText = $0; }", ui.getTranslation(locale, ONLINE));
    }
}
