package cn.kunming.kjj.carrier.call;

/** Stored status: a call is prepared as a draft and becomes public when published. */
public enum CallStatus {
    DRAFT,
    PUBLISHED
}
