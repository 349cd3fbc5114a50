package cn.kunming.kjj.carrier.shell;

import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.Menu;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every entry of the side navigation names an icon that Vaadin's icon set has: the navigation draws the name as it
 * is, and an unknown one leaves a blank where the icon should be (公示管理 showed none, issue 24's walk).
 */
class MenuIconsTest {

    private static final Set<String> VAADIN_ICONS = Arrays.stream(VaadinIcon.values())
            .map(i -> "vaadin:" + i.name().toLowerCase(Locale.ROOT).replace('_', '-')).collect(Collectors.toSet());

    @Test
    void everyMenuEntryNamesAnIconOfVaadinsSet() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Menu.class));
        List<Class<?>> entries = scanner.findCandidateComponents("cn.kunming.kjj.carrier").stream()
                .map(BeanDefinition::getBeanClassName).<Class<?>>map(MenuIconsTest::load).toList();

        assertThat(entries).as("menu entries found").hasSizeGreaterThan(20);
        assertThat(entries).filteredOn(view -> !VAADIN_ICONS.contains(view.getAnnotation(Menu.class).icon()))
                .as("menu entries whose icon Vaadin does not have").isEmpty();
    }

    private static Class<?> load(String className) {
        try {
            return Class.forName(className);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
