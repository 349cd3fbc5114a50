package cn.kunming.kjj.carrier.e2e;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;
import org.openqa.selenium.chromium.HasNetworkConditions;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The bar shown when the connection drops, comes back or gives up speaks the page's language, in a real browser. */
class ConnectionIndicatorE2ETest extends BrowserTest {

    private static final String TEXTS = "const i = window.Vaadin && window.Vaadin.connectionIndicator;"
            + " return i ? [i.reconnectingText, i.offlineText, i.onlineText] : null;";

    @Test
    void aChinesePageHasTheIndicatorsThreeTextsInChinese() {
        browser.get(url("login"));
        assertThat(textsOnceOnline(browser, wait, "已重新连接"))
                .containsExactly("与服务器的连接已断开，正在重新连接……",
                        "与服务器的连接已断开。网络恢复后会自动重新连接，并补发刚才的修改；请勿刷新页面，否则尚未发送的修改会丢失。", "已重新连接");
    }

    @Test
    void aPersonWhoseNetworkDropsReadsItInChineseAndThenThatItIsBack() {
        browser.get(url("login"));
        textsOnceOnline(browser, wait, "已重新连接");
        ChromiumNetworkConditions offline = new ChromiumNetworkConditions();
        offline.setOffline(true);
        HasNetworkConditions network = (HasNetworkConditions) browser;
        network.setNetworkConditions(offline);
        try {
            wait.until(d -> shown(d).contains("与服务器的连接已断开"));
        } catch (RuntimeException e) {
            throw new AssertionError("the indicator shows: " + shown(browser), e);
        } finally {
            network.deleteNetworkConditions();
        }
        wait.until(d -> shown(d).contains("已重新连接"));
        assertThat(shown(browser)).doesNotContain("Online").doesNotContain("Connection lost");
    }

    private static String shown(WebDriver driver) {
        Object text = ((JavascriptExecutor) driver).executeScript("""
                const i = document.querySelector('vaadin-connection-indicator');
                return i ? (i.shadowRoot ? i.shadowRoot.textContent : '') + i.textContent : '';""");
        return text == null ? "" : text.toString();
    }

    @Test
    void anEnglishPageHasThemInEnglish() throws Exception {
        WebDriver english = HeadlessChromium.start("en-US,en");
        try {
            english.get(url("login"));
            assertThat(textsOnceOnline(english, new WebDriverWait(english, Duration.ofSeconds(20)), "Reconnected"))
                    .containsExactly("Connection to the server lost, reconnecting…",
                            "Connection to the server lost. It reconnects by itself once the network is back and sends your latest changes then; do not reload the page, or changes not yet sent are lost.",
                            "Reconnected");
        } finally {
            english.quit();
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Object> textsOnceOnline(WebDriver driver, WebDriverWait wait, String online) {
        try {
            wait.until(d -> {
                List<Object> texts = (List<Object>) ((JavascriptExecutor) d).executeScript(TEXTS);
                return texts != null && online.equals(texts.get(2));
            });
        } catch (RuntimeException e) {
            throw new AssertionError("the indicator's texts: " + ((JavascriptExecutor) driver).executeScript(TEXTS), e);
        }
        return (List<Object>) ((JavascriptExecutor) driver).executeScript(TEXTS);
    }
}
