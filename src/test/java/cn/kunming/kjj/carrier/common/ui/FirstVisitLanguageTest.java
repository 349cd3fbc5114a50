package cn.kunming.kjj.carrier.common.ui;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class FirstVisitLanguageTest {

    @ParameterizedTest(name = "Accept-Language \"{0}\" → {1}")
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
            "en-US,en;q=0.9,zh-CN;q=0.8 | en",
            "en | en",
            "en-GB | en",
            "zh-CN,zh;q=0.9,en;q=0.8 | zh",
            "zh-TW | zh",
            "fr-FR,fr;q=0.9,en;q=0.5 | en",
            "de-DE,fr;q=0.9 | zh",
            "fr;q=0.9,zh;q=0.5,en;q=0.1 | zh",
            "* | zh",
            "'' | zh",
            "NULL | zh",
            ";;;q=x | zh"})
    void aFirstVisitSpeaksTheBrowsersFirstSupportedLanguageAndChineseOtherwise(String header, String language) {
        Locale chosen = FirstVisitLanguage.forAcceptLanguage(header);
        assertThat(chosen.getLanguage()).isEqualTo(language);
        assertThat(chosen).isIn(PortalI18NProvider.CHINESE, PortalI18NProvider.ENGLISH);
    }
}
