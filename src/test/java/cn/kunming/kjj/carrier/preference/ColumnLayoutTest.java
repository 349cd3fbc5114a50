package cn.kunming.kjj.carrier.preference;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class ColumnLayoutTest {

    @Test
    void aLayoutIsKeptAsTextAndReadBackTheSame() {
        ColumnLayout layout = ColumnLayout.NONE.hiding("creditCode", true).hiding("versions", true)
                .sized("unit", "240px").sized("name", "12.5em");
        assertThat(layout.hiddenText()).isEqualTo("creditCode,versions");
        assertThat(layout.widthsText()).isEqualTo("name=12.5em;unit=240px");
        assertThat(ColumnLayout.parse(layout.hiddenText(), layout.widthsText())).isEqualTo(layout);
        assertThat(layout.hiding("versions", false).hidden()).containsExactly("creditCode");
        assertThat(ColumnLayout.parse("", "")).isEqualTo(ColumnLayout.NONE);
    }

    @Test
    void whatIsNoColumnKeyOrNoWidthIsDroppedNeverKept() {
        Map<String, String> widths = new LinkedHashMap<>();
        widths.put("unit", "100px;color:red");
        widths.put("<b>", "10px");
        widths.put("name", "expression(alert(1))");
        widths.put("field", "99999px");
        widths.put("call", "30%");
        ColumnLayout layout = new ColumnLayout(Set.of("ok", "a,b", "<script>", "x".repeat(41), ""), widths);
        assertThat(layout.hidden()).containsExactly("ok");
        assertThat(layout.widths()).containsOnlyKeys("call");
        assertThat(ColumnLayout.parse("ok,,<i>", "unit=1px=2px;=3px;broken").widths()).isEmpty();
    }

    @Test
    void atMostFortyColumnsAreKept() {
        Set<String> many = IntStream.range(0, 100).mapToObj(i -> "c" + i).collect(Collectors.toSet());
        assertThat(new ColumnLayout(many, Map.of()).hidden()).hasSize(40);
    }
}
