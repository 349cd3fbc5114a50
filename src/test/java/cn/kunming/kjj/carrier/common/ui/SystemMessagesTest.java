package cn.kunming.kjj.carrier.common.ui;

import cn.kunming.kjj.carrier.support.KaribuTest;
import com.vaadin.flow.server.SystemMessages;
import com.vaadin.flow.server.VaadinService;
import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class SystemMessagesTest extends KaribuTest {

    @Test
    void vaadinsOwnNoticesAreInChineseForAChineseOrUnknownLanguageAndInEnglishForEnglish() {
        for (Locale locale : new Locale[]{PortalI18NProvider.CHINESE, Locale.FRENCH}) {
            SystemMessages m = VaadinService.getCurrent().getSystemMessages(locale, null);
            assertThat(m.getCookiesDisabledCaption()).as(locale.toString()).isEqualTo("浏览器未接受 Cookie");
            assertThat(m.getInternalErrorCaption()).isEqualTo("系统内部错误");
            assertThat(m.getSyncErrorCaption()).isEqualTo("页面与服务器不一致");
        }
        SystemMessages english = VaadinService.getCurrent().getSystemMessages(Locale.US, null);
        assertThat(english.getCookiesDisabledMessage()).startsWith("The portal needs cookies");
        assertThat(english.getInternalErrorMessage()).startsWith("Please tell the administrator");
    }

    @Test
    void whichNoticesAreShownStaysVaadinsDefault() {
        SystemMessages m = VaadinService.getCurrent().getSystemMessages(PortalI18NProvider.CHINESE, null);
        assertThat(m.isSessionExpiredNotificationEnabled()).as("an expired session reloads to the login page").isFalse();
        assertThat(m.getSessionExpiredCaption()).isNull();
        assertThat(m.isInternalErrorNotificationEnabled()).isTrue();
        assertThat(m.isCookiesDisabledNotificationEnabled()).isTrue();
    }
}
