package cn.kunming.kjj.carrier.common;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

class WanTest {

    @Test
    void anAmountExactlyOnTheThresholdIsAtLeastTheThreshold() {
        assertThat(Wan.of("50").atLeast(Wan.of("50.00"))).isTrue();
        assertThat(Wan.of("49.99").atLeast(Wan.of("50"))).isFalse();
    }

    @Test
    void yuanConvertExactlyWithoutFloatingPoint() {
        assertThat(Wan.ofYuan(new BigDecimal("1234567.89")).amount()).isEqualByComparingTo("123.456789");
        assertThat(Wan.of("0.1").toYuan()).isEqualByComparingTo("1000");
    }

    @Test
    void displayKeepsAtLeastTwoDecimals() {
        assertThat(Wan.of("10").toPlainString()).isEqualTo("10.00");
        assertThat(Wan.of("12.345").toPlainString()).isEqualTo("12.345");
    }
}
