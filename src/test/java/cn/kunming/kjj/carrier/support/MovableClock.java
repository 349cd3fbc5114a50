package cn.kunming.kjj.carrier.support;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/** A clock tests can move forward, replacing the portal's system clock. */
public class MovableClock extends Clock {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private volatile Instant now = wholeMillisecond();

    /** Databases keep milliseconds (and MySQL rounds): starting on a whole one keeps comparisons exact. */
    private static Instant wholeMillisecond() {
        return Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
    }

    public void advance(Duration duration) {
        now = now.plus(duration);
    }

    public void set(Instant instant) {
        now = instant;
    }

    public void reset() {
        now = wholeMillisecond();
    }

    @Override
    public ZoneId getZone() {
        return SHANGHAI;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(now, zone);
    }

    @Override
    public Instant instant() {
        return now;
    }

    @TestConfiguration(proxyBeanMethods = false)
    public static class Config {
        @Bean
        @Primary
        MovableClock movableClock() {
            return new MovableClock();
        }
    }
}
