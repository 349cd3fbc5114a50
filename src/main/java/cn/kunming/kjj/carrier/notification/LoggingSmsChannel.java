package cn.kunming.kjj.carrier.notification;

import cn.kunming.kjj.carrier.common.AccountId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.stereotype.Component;

/** Writes text messages to the log instead of sending them: the default until a gateway is configured. */
@Component
@ConditionalOnMissingBean(value = SmsChannel.class, ignored = LoggingSmsChannel.class)
class LoggingSmsChannel implements SmsChannel {

    private static final Logger log = LoggerFactory.getLogger(LoggingSmsChannel.class);

    @Override
    public void send(AccountId accountId, String text) {
        log.info("SMS to account {}: {}", accountId, text);
    }
}
