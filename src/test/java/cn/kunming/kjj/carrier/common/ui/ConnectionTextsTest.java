package cn.kunming.kjj.carrier.common.ui;

import cn.kunming.kjj.carrier.support.KaribuTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ConnectionTextsTest extends KaribuTest {

    @Test
    void aNewPageTellsOfALostConnectionInChineseNotInVaadinsEnglish() {
        UI ui = UI.getCurrent();
        assertThat(ui.getReconnectDialogConfiguration().getDialogText()).isEqualTo("与服务器的连接已断开，正在重新连接……");
        assertThat(ui.getReconnectDialogConfiguration().getDialogTextGaveUp()).startsWith("与服务器的连接已断开。网络恢复后会自动重新连接");
    }

    @Test
    void anEnglishSessionsPageTellsItInEnglish() {
        VaadinSession.getCurrent().setLocale(PortalI18NProvider.ENGLISH);
        ConnectionTextsInTheSessionsLanguage.apply(UI.getCurrent());
        assertThat(UI.getCurrent().getReconnectDialogConfiguration().getDialogText())
                .isEqualTo("Connection to the server lost, reconnecting…");
        assertThat(UI.getCurrent().getReconnectDialogConfiguration().getDialogTextGaveUp())
                .startsWith("Connection to the server lost. It reconnects by itself");
    }
}
