package cn.kunming.kjj.carrier.common;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TextLimitsTest {

    record Row(String name, int count) {
    }

    record Form(String title, Row lead, List<Row> rows, List<String> notes) {
    }

    private static String text(int length) {
        return "字".repeat(length);
    }

    @Test
    void aTextAtTheLimitPassesAndOneCharacterMoreIsRefusedNamingWhereItIsHowDeepSoEver() {
        TextLimits.require(new Form(text(TextLimits.TEXT), new Row(text(TextLimits.TEXT), 1),
                List.of(new Row("a", 1)), List.of(text(TextLimits.TEXT))));
        assertThat(TextLimits.firstTooLong(new Form(text(TextLimits.TEXT + 1), null, List.of(), List.of()), ""))
                .contains("title");
        assertThat(TextLimits.firstTooLong(new Form("t", new Row(text(TextLimits.TEXT + 1), 0), List.of(), List.of()), ""))
                .contains("lead.name");
        assertThat(TextLimits.firstTooLong(new Form("t", null, List.of(new Row("a", 0), new Row(text(TextLimits.TEXT + 1), 0)),
                List.of()), "")).contains("rows[2].name");
        assertThat(TextLimits.firstTooLong(new Form("t", null, List.of(), List.of("", text(1_000_000))), ""))
                .contains("notes[2]");
        assertThatThrownBy(() -> TextLimits.require(new Form(text(1_000_000), null, List.of(), List.of())))
                .isInstanceOfSatisfying(PortalException.class, e -> {
                    assertThat(e.getMessage()).isEqualTo("input.tooLongField");
                    assertThat(Messages.of(e, Messages.CHINESE)).contains("20000", "title");
                });
    }

    @Test
    void theRefusalNamesTheFieldByTheLabelPeopleSeeWithItsRowAndFallsBackToThePath() {
        assertThat(Messages.get("input.tooLongField", Messages.CHINESE, new FieldName("reason"), 500))
                .isEqualTo("有一项文字超过 500 字（推荐理由），请删减后再保存。");
        assertThat(Messages.get("input.tooLongField", Messages.CHINESE, new FieldName("team[2].name"), 20000))
                .contains("（姓名（第 2 行））");
        assertThat(Messages.get("input.tooLongField", Messages.CHINESE, new FieldName("facts.name"), 200))
                .contains("（拟定名称）");
        assertThat(Messages.get("input.tooLongField", Messages.ENGLISH, new FieldName("content.basicConditions"), 20000))
                .contains("(Basic conditions)");
        assertThat(Messages.get("input.tooLongField", Messages.CHINESE, new FieldName("notes[2]"), 1))
                .as("no label: the path").contains("（notes[2]）");
        assertThatThrownBy(() -> TextLimits.require(new Form("t", null, List.of(new Row("a", 0), new Row(text(TextLimits.TEXT + 1), 0)),
                List.of()))).isInstanceOfSatisfying(PortalException.class,
                e -> assertThat(Messages.of(e, Messages.CHINESE)).as("no label for rows.name: the path").contains("rows[2].name"));
    }
}
