package cn.kunming.kjj.carrier.shell;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The portal's stylesheet is well formed: an unclosed block swallows every rule after it (a phone's media query held
 * the dashboards', the lists' and the facts' rules on every screen, found by a screenshot in issue 27).
 */
class PortalStylesheetTest {

    private static final Path CSS = Path.of("src/main/resources/META-INF/resources/styles/portal.css");

    @Test
    void everyBlockClosesAndThePagesRulesStandAtTheTopLevel() throws IOException {
        String css = Files.readString(CSS).replaceAll("(?s)/\\*.*?\\*/", "");
        int depth = 0;
        List<String> topLevel = new ArrayList<>();
        StringBuilder selector = new StringBuilder();
        for (char c : css.toCharArray()) {
            if (c == '{') {
                if (depth == 0) {
                    topLevel.add(selector.toString().strip());
                }
                depth++;
                selector.setLength(0);
            } else if (c == '}') {
                depth--;
                assertThat(depth).as("a block closed that was never opened").isGreaterThanOrEqualTo(0);
                selector.setLength(0);
            } else if (c == ';' && depth == 0) {
                selector.setLength(0);
            } else {
                selector.append(c);
            }
        }
        assertThat(depth).as("blocks left open at the end").isZero();
        assertThat(topLevel).as("rules for every screen, not inside a media query")
                .contains(".paged-table table", ".dashboard", ".figure-table", ".facts-summary dl", ".decision-bar",
                        ".row-count", "html");
    }
}
