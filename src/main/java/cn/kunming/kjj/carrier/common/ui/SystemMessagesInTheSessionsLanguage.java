package cn.kunming.kjj.carrier.common.ui;

import cn.kunming.kjj.carrier.common.Messages;
import com.vaadin.flow.server.CustomizedSystemMessages;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.SystemMessages;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

import java.util.Locale;

/**
 * Vaadin's own notices (an expired session, an internal error, cookies refused, a page out of step with the server)
 * speak the session's language, or the browser's where there is no session yet, instead of Vaadin's English. Only the
 * texts change: which notices are shown stays Vaadin's default.
 */
@Component
class SystemMessagesInTheSessionsLanguage implements VaadinServiceInitListener {

    private final SystemMessages chinese = messages(Messages.CHINESE);
    private final SystemMessages english = messages(Messages.ENGLISH);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().setSystemMessagesProvider(info -> Messages.isEnglish(info.getLocale()) ? english : chinese);
    }

    static SystemMessages messages(Locale locale) {
        CustomizedSystemMessages m = new CustomizedSystemMessages();
        m.setSessionExpiredCaption(Messages.get("system.sessionExpired.caption", locale));
        m.setSessionExpiredMessage(Messages.get("system.sessionExpired.message", locale));
        m.setInternalErrorCaption(Messages.get("system.internalError.caption", locale));
        m.setInternalErrorMessage(Messages.get("system.internalError.message", locale));
        m.setCookiesDisabledCaption(Messages.get("system.cookiesDisabled.caption", locale));
        m.setCookiesDisabledMessage(Messages.get("system.cookiesDisabled.message", locale));
        m.setSyncErrorCaption(Messages.get("system.syncError.caption", locale));
        m.setSyncErrorMessage(Messages.get("system.syncError.message", locale));
        return m;
    }
}
