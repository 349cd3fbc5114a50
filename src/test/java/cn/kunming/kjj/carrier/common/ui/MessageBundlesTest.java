package cn.kunming.kjj.carrier.common.ui;

import cn.kunming.kjj.carrier.security.AccountStatus;
import cn.kunming.kjj.carrier.security.Role;
import cn.kunming.kjj.carrier.tenant.ActivationStatus;
import cn.kunming.kjj.carrier.tenant.RegistrationStatus;
import cn.kunming.kjj.carrier.tenant.TenantType;
import cn.kunming.kjj.carrier.tenant.UnitType;
import cn.kunming.kjj.carrier.common.UnifiedSocialCreditCode;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every text the code asks for exists in Chinese and in English, and the two bundles have the same keys. */
class MessageBundlesTest {

    private final PortalI18NProvider i18n = new PortalI18NProvider();

    private static Properties bundle(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream("/i18n/" + name + ".properties")) {
            p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void chineseAndEnglishHaveExactlyTheSameKeys() throws IOException {
        assertThat(bundle("messages_en").stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(bundle("messages_zh_CN").stringPropertyNames());
    }

    @Test
    void aYearReadsAsAYearNotAsANumberWithAThousandsSeparator() {
        assertThat(cn.kunming.kjj.carrier.common.Messages.get("report.title", cn.kunming.kjj.carrier.common.Messages.CHINESE,
                2026)).isEqualTo("2026 年度报告");
        assertThat(cn.kunming.kjj.carrier.common.Messages.get("report.yearNotDue", cn.kunming.kjj.carrier.common.Messages.ENGLISH,
                2025)).startsWith("2025 is not");
    }

    /** A key defined twice silently shows the second text (the unit registration page once read the import help). */
    @Test
    void noKeyIsDefinedTwiceInEitherBundle() throws IOException {
        for (String name : List.of("messages_zh_CN", "messages_en")) {
            List<String> keys;
            try (InputStream in = MessageBundlesTest.class.getResourceAsStream("/i18n/" + name + ".properties")) {
                keys = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines()
                        .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#") && l.contains("="))
                        .map(l -> l.substring(0, l.indexOf('=')).strip()).toList();
            }
            assertThat(keys.stream().filter(k -> java.util.Collections.frequency(keys, k) > 1).distinct().toList())
                    .as(name).isEmpty();
        }
    }

    @Test
    void everyKeyTheCodeNamesHasATranslation() throws IOException {
        Pattern literalKey = Pattern.compile(
                "(?:getTranslation|PortalException|Notifications\\.\\w+\\(this,|figure|super\\(currentUser\\.require\\(\\),|title\\s*=)\\s*\\(?\\s*\"([a-zA-Z]+\\.[a-zA-Z.]+)\"");
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = literalKey.matcher(Files.readString(file));
                while (m.find()) {
                    keys.add(m.group(1));
                }
            }
        }
        for (Enum<?>[] values : java.util.List.<Enum<?>[]>of(Role.values(), AccountStatus.values(), TenantType.values(),
                UnitType.values(), RegistrationStatus.values(), ActivationStatus.values())) {
            for (Enum<?> value : values) {
                keys.add(value.getDeclaringClass().getSimpleName().substring(0, 1).toLowerCase()
                        + value.getDeclaringClass().getSimpleName().substring(1) + "." + value.name());
            }
        }
        for (cn.kunming.kjj.carrier.audit.AuditedEntity entity : cn.kunming.kjj.carrier.audit.AuditedEntity.values()) {
            keys.add(entity.messageKey());
        }
        for (cn.kunming.kjj.carrier.audit.AuditAction action : cn.kunming.kjj.carrier.audit.AuditAction.values()) {
            keys.add(action.messageKey());
        }
        assertThat(keys).hasSizeGreaterThan(100);
        Properties zh = bundle("messages_zh_CN");
        Properties en = bundle("messages_en");
        assertThat(keys).allSatisfy(key -> {
            assertThat(zh).as("zh " + key).containsKey(key);
            assertThat(en).as("en " + key).containsKey(key);
        });
    }

    @Test
    void aWrongCheckCharacterIsExplainedInChineseWithTheExpectedOne() {
        var problem = UnifiedSocialCreditCode.check("91350100M000100Y44").orElseThrow();
        assertThat(i18n.getTranslation(problem.key(), PortalI18NProvider.CHINESE, problem.args()))
                .isEqualTo("统一社会信用代码校验位错误：第 18 位为“4”，按 GB 32100-2015 应为“3”。");
        assertThat(i18n.getTranslation(problem.key(), PortalI18NProvider.ENGLISH, problem.args()))
                .contains("18th character is 4", "requires 3");
    }

    @Test
    void aBrowserAskingForAnotherLanguageGetsChinese() {
        assertThat(i18n.getTranslation("nav.home", java.util.Locale.FRENCH)).isEqualTo("首页");
        assertThat(i18n.getTranslation("nav.home", java.util.Locale.US)).isEqualTo("Home");
    }

    @Test
    void aMissingKeyIsVisibleRatherThanBlank() {
        assertThat(i18n.getTranslation("no.such.key", PortalI18NProvider.CHINESE)).isEqualTo("!no.such.key");
    }
}
