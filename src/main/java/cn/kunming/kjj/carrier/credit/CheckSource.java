package cn.kunming.kjj.carrier.credit;

/** Where a check looked: the imported list files, the online credit service, or 信用中国 by an officer. */
public enum CheckSource {
    IMPORTED_LISTS, ONLINE_SERVICE, CREDIT_CHINA_MANUAL;

    public String messageKey() {
        return "checkSource." + name();
    }
}
