package cn.kunming.kjj.carrier.call;

/** What a call is at a moment: draft, published but not yet open, open, or closed. */
public enum CallState {
    DRAFT,
    UPCOMING,
    OPEN,
    CLOSED;

    public String messageKey() {
        return "callState." + name();
    }
}
