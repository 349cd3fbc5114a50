package cn.kunming.kjj.carrier.common;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;
import java.time.ZoneId;

/** One clock for the whole portal, in the zone of the measures; tests replace it to move time. */
@Configuration(proxyBeanMethods = false)
class TimeConfig {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Bean
    Clock clock() {
        return Clock.system(SHANGHAI);
    }
}
