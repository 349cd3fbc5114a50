package cn.kunming.kjj.carrier.notification;

import cn.kunming.kjj.carrier.common.AccountId;

/** A text-message channel for urgent notifications; the production gateway is a deployment's choice. */
public interface SmsChannel {

    void send(AccountId accountId, String text);
}
