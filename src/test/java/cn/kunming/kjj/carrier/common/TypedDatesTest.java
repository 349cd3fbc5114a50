package cn.kunming.kjj.carrier.common;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** Imported files read dates the way people type them, and nothing that is not a day. */
class TypedDatesTest {

    @ParameterizedTest
    @ValueSource(strings = {"2026-12-05", "2026/12/5", "2026.12.05", "20261205", "2026年12月5日", "2026年12月05日",
            "  2026/12/05 ", "２０２６／１２／０５", "2026-12-5"})
    void aDateTypedAnyOfTheUsualWaysIsRead(String typed) {
        assertThat(TypedDates.parse(typed)).contains(LocalDate.of(2026, 12, 5));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "abc", "2026-02-30", "2026/13/01", "12/05/2026", "2026年13月1日", "202612055"})
    void anythingElseIsNoDate(String typed) {
        assertThat(TypedDates.parse(typed)).isEmpty();
    }
}
