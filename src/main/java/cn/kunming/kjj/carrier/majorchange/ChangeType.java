package cn.kunming.kjj.carrier.majorchange;

/** The major changes of G6.1. */
public enum ChangeType {
    SPLIT, MERGER, REORGANISATION, HEAD_CHANGE, BUSINESS_CHANGE, OTHER;

    public String messageKey() {
        return "changeType." + name();
    }
}
