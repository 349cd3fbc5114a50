package cn.kunming.kjj.carrier.common;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SearchTermTest {

    @Test
    void nothingTypedAndSpacesOfEitherWidthAreNoSearch() {
        assertThat(SearchTerm.of(null)).isNull();
        assertThat(SearchTerm.of("")).isNull();
        assertThat(SearchTerm.of(" \u3000\t ")).isNull();
    }

    @Test
    void theTextIsStrippedOfSpacesOfEitherWidthAndKeptAsTyped() {
        assertThat(SearchTerm.of("\u3000 滇池示范 ").text()).isEqualTo("滇池示范");
    }

    @Test
    void fiftyCharactersAreASearchAndFiftyOneAreRefusedWithTheListsMessage() {
        assertThat(SearchTerm.of("长".repeat(50)).text()).hasSize(50);
        assertThat(SearchTerm.of(" " + "长".repeat(50) + " ")).as("spaces around do not count").isNotNull();
        assertThatThrownBy(() -> SearchTerm.of("长".repeat(51))).isInstanceOf(PortalException.class)
                .satisfies(e -> {
                    assertThat(((PortalException) e).messageKey()).isEqualTo("list.searchInvalid");
                    assertThat(((PortalException) e).args()).containsExactly(50);
                });
        assertThatThrownBy(() -> SearchTerm.of("x".repeat(100_000))).isInstanceOf(PortalException.class);
    }

    @Test
    void controlCharactersAreRefusedNotSearchedFor() {
        for (String typed : new String[]{"a\u0000b", "滇池\nSELECT", "\u001b[31m"}) {
            assertThatThrownBy(() -> SearchTerm.of(typed)).as(typed).isInstanceOf(PortalException.class);
        }
    }

    @Test
    void typedWildcardsAndTheEscapeCharacterAreTextInTheLikePattern() {
        assertThat(SearchTerm.of("%").contains()).isEqualTo("%!%%");
        assertThat(SearchTerm.of("_").contains()).isEqualTo("%!_%");
        assertThat(SearchTerm.of("100%_!").contains()).isEqualTo("%100!%!_!!%");
        assertThat(SearchTerm.of("<b>x</b>").contains()).as("markup is text too").isEqualTo("%<b>x</b>%");
    }

    @Test
    void aCreditCodeIsMatchedInUpperCaseAsItIsStored() {
        assertThat(SearchTerm.of("91530100abc").codeContains()).isEqualTo("%91530100ABC%");
    }

    @Test
    void digitsAreARecordsNumberAndASingleDigitIsNothingElse() {
        assertThat(SearchTerm.of("42").number()).isEqualTo(42L);
        assertThat(SearchTerm.of("42").numberOnly()).isFalse();
        assertThat(SearchTerm.of("7").numberOnly()).isTrue();
        assertThat(SearchTerm.of("4a").number()).isNull();
        assertThat(SearchTerm.of("-4").number()).isNull();
        assertThat(SearchTerm.of("1".repeat(19)).number()).as("more digits than a number holds").isNull();
    }
}
