package cn.kunming.kjj.carrier.common;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** "Someone else changed it" names the kind of record in words in both languages, never its code. */
class ConcurrentEditMessagesTest {

    private static Properties bundle(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = ConcurrentEditMessagesTest.class.getResourceAsStream("/i18n/" + name)) {
            p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void everyKindOfRecordThatCanBeChangedByAnotherHasAWordInBothBundles() throws IOException {
        Pattern thrown = Pattern.compile("ConcurrentEditException\\(\"([A-Z_]+)\"");
        Set<String> kinds;
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            kinds = files.filter(f -> f.toString().endsWith(".java")).flatMap(f -> {
                try {
                    Matcher m = thrown.matcher(Files.readString(f));
                    return m.results().map(r -> r.group(1)).toList().stream();
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).collect(Collectors.toSet());
        }
        assertThat(kinds).contains("DOSSIER", "EXPERT_NOMINATION");
        for (String bundle : new String[]{"messages_zh_CN.properties", "messages_en.properties"}) {
            Properties p = bundle(bundle);
            assertThat(kinds).as(bundle).allSatisfy(k -> assertThat(p.getProperty("record.kind." + k)).isNotBlank());
        }
    }
}
