package cn.kunming.kjj.carrier.publicity;

/** A public notice is OPEN from publication until the bureau files its document and it is CLOSED. */
public enum NoticeStatus {
    OPEN, CLOSED
}
