package cn.kunming.kjj.carrier.common.ui;

import cn.kunming.kjj.carrier.common.Messages;
import com.vaadin.flow.i18n.I18NProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Locale;

/** Vaadin's view of the portal's {@link Messages}: Chinese first, English second. */
@Component
public class PortalI18NProvider implements I18NProvider {

    public static final Locale CHINESE = Messages.CHINESE;
    public static final Locale ENGLISH = Messages.ENGLISH;
    private static final Logger log = LoggerFactory.getLogger(PortalI18NProvider.class);

    @Override
    public List<Locale> getProvidedLocales() {
        return List.of(CHINESE, ENGLISH);
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        String text = Messages.get(key, locale, params);
        if (text.startsWith("!")) {
            log.warn("missing translation {} for {}", key, locale);
        }
        return text;
    }

    public static boolean isEnglish(Locale locale) {
        return Messages.isEnglish(locale);
    }

    /** Whether the current page speaks English (names that have an English form show it then). */
    public static boolean uiIsEnglish() {
        return com.vaadin.flow.component.UI.getCurrent() != null
                && isEnglish(com.vaadin.flow.component.UI.getCurrent().getLocale());
    }
}
