package cn.kunming.kjj.carrier.common;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class PerAddressLimitTest {

    @Test
    void anAddressGetsItsAllowanceAndNoMoreAndAnotherAddressHasItsOwn() {
        PerAddressLimit limit = new PerAddressLimit(3, Duration.ofHours(1));
        for (int i = 0; i < 3; i++) {
            assertThat(limit.tryAcquire("203.0.113.7")).isTrue();
        }
        assertThat(limit.tryAcquire("203.0.113.7")).isFalse();
        assertThat(limit.tryAcquire("203.0.113.8")).isTrue();
    }

    @Test
    void theTableStaysBoundedUnderAFloodOfAddresses() {
        PerAddressLimit limit = new PerAddressLimit(1, Duration.ofMinutes(1));
        for (int i = 0; i < PerAddressLimit.MAX_TRACKED + 20_000; i++) {
            limit.tryAcquire("10." + (i >> 16 & 255) + "." + (i >> 8 & 255) + "." + (i & 255));
        }
        assertThat(limit.tracked()).isLessThanOrEqualTo(PerAddressLimit.MAX_TRACKED);
    }
}
