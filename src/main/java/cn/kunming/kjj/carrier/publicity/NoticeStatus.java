package cn.kunming.kjj.carrier.publicity;

/**
 * A public notice is OPEN from publication until the bureau files its document and it is CLOSED. Before that, the
 * bureau may withdraw it with a public reason: WITHDRAWN, it stays readable and its dossiers may be listed again
 * (decision 0036).
 */
public enum NoticeStatus {
    OPEN, CLOSED, WITHDRAWN;

    public String messageKey() {
        return "noticeStatus." + name();
    }
}
