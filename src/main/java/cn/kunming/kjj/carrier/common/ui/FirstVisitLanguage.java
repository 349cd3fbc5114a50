package cn.kunming.kjj.carrier.common.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import java.util.Locale;

/**
 * A new session speaks the language the browser asks for first among the portal's two (Accept-Language), and Chinese
 * when the browser asks for neither or says nothing: the portal is a Chinese government system. Later the person
 * chooses in the user menu or on the login page.
 */
@Component
class FirstVisitLanguage implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(e -> e.getSession().setLocale(forRequest(e.getRequest())));
        event.getSource().addUIInitListener(e -> e.getUI().setLocale(e.getUI().getSession().getLocale()));
    }

    private static Locale forRequest(@Nullable VaadinRequest request) {
        return forAcceptLanguage(request == null ? null : request.getHeader("Accept-Language"));
    }

    /** The portal's language for an Accept-Language header: its first supported choice, else Chinese. */
    static Locale forAcceptLanguage(@Nullable String header) {
        if (header == null || header.isBlank()) {
            return PortalI18NProvider.CHINESE;
        }
        try {
            for (Locale.LanguageRange range : Locale.LanguageRange.parse(header)) {
                String language = range.getRange().split("-")[0];
                if (language.equals("zh")) {
                    return PortalI18NProvider.CHINESE;
                }
                if (language.equals("en")) {
                    return PortalI18NProvider.ENGLISH;
                }
            }
        } catch (IllegalArgumentException malformed) {
            return PortalI18NProvider.CHINESE;
        }
        return PortalI18NProvider.CHINESE;
    }
}
