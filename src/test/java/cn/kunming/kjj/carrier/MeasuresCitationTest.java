package cn.kunming.kjj.carrier;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every article and item the portal cites (第X条, 第X条第（Y）项) in code, templates and messages exists in the text of
 * the measures (docs/policy), and a citation followed by a rule ID names the article of that rule (M5.4 is Art. 5).
 */
class MeasuresCitationTest {

    private static final String NUMERAL = "[一二三四五六七八九十]+";
    private static final Pattern ARTICLE_HEADING = Pattern.compile("第(" + NUMERAL + ")条");
    /** Items are written （一） or (一) in the text. */
    private static final Pattern ITEM = Pattern.compile("^[（(](" + NUMERAL + ")[）)]");
    private static final Pattern CITATION = Pattern.compile(
            "第(" + NUMERAL + ")条(?:第（(" + NUMERAL + ")）项)?(?:[^（\\n]{0,3}（([A-Z]\\d\\.\\d+[a-z]?(?:/[A-Z]\\d\\.\\d+[a-z]?)*))?");

    @Test
    void everyCitedArticleAndItemExistsAndMatchesItsRule() throws IOException {
        Map<Integer, Set<Integer>> measures = articlesAndItems(Path.of("docs/policy/kunming-measures-2025-2.zh.txt"));
        assertThat(measures).as("the text's articles").containsKeys(1, 2, 3, 4, 5, 6, 7, 8);
        assertThat(measures.get(5)).as("Art. 5 has three items").containsExactlyInAnyOrder(1, 2, 3);

        List<String> wrong = new ArrayList<>();
        int cited = 0;
        for (Path file : sources()) {
            Matcher m = CITATION.matcher(Files.readString(file));
            while (m.find()) {
                cited++;
                int article = number(m.group(1));
                String where = file + ": " + m.group();
                if (!measures.containsKey(article)) {
                    wrong.add(where + " — no such article");
                } else if (m.group(2) != null && !measures.get(article).contains(number(m.group(2)))) {
                    wrong.add(where + " — Art. " + article + " has items " + measures.get(article));
                } else if (m.group(3) != null && java.util.Arrays.stream(m.group(3).split("/"))
                        .noneMatch(rule -> rule.charAt(1) - '0' == article)) {
                    wrong.add(where + " — no rule of " + m.group(3) + " is of Art. " + article);
                }
            }
        }
        assertThat(cited).as("citations found").isGreaterThan(10);
        assertThat(wrong).isEmpty();
    }

    @Test
    void theDisqualificationNoticeCitesTheItemOfTheBan() throws IOException {
        assertThat(Files.readString(Path.of("src/main/java/cn/kunming/kjj/carrier/document/DefaultTemplates.java")))
                .contains("第五条第（三）项（M5.4）").doesNotContain("第五条第（四）项");
    }

    private static Map<Integer, Set<Integer>> articlesAndItems(Path text) throws IOException {
        Map<Integer, Set<Integer>> articles = new HashMap<>();
        Integer current = null;
        for (String line : Files.readAllLines(text)) {
            String plain = line.replace("*", "").replace("#", "").strip();
            Matcher heading = ARTICLE_HEADING.matcher(plain);
            if (heading.lookingAt()) {
                current = number(heading.group(1));
                articles.put(current, new TreeSet<>());
                continue;
            }
            Matcher item = ITEM.matcher(plain);
            if (current != null && item.find()) {
                articles.get(current).add(number(item.group(1)));
            }
        }
        return articles;
    }

    private static List<Path> sources() throws IOException {
        try (Stream<Path> files = Stream.concat(Files.walk(Path.of("src/main/java")), Files.walk(Path.of("src/main/resources")))) {
            return files.filter(Files::isRegularFile)
                    .filter(f -> f.toString().matches(".*\\.(java|properties|html|txt|md|json)$")).toList();
        }
    }

    /** 一 … 十九 as a number. */
    private static int number(String chinese) {
        String digits = "一二三四五六七八九";
        if (chinese.startsWith("十")) {
            return 10 + (chinese.length() > 1 ? digits.indexOf(chinese.charAt(1)) + 1 : 0);
        }
        if (chinese.length() == 2 && chinese.charAt(1) == '十') {
            return (digits.indexOf(chinese.charAt(0)) + 1) * 10;
        }
        if (chinese.length() == 3) {
            return (digits.indexOf(chinese.charAt(0)) + 1) * 10 + digits.indexOf(chinese.charAt(2)) + 1;
        }
        return digits.indexOf(chinese.charAt(0)) + 1;
    }
}
