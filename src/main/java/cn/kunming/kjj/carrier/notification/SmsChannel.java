package cn.kunming.kjj.carrier.notification;

/** A text-message channel for urgent notifications; the production gateway is a deployment's choice. */
public interface SmsChannel {

    void send(long accountId, String text);
}
