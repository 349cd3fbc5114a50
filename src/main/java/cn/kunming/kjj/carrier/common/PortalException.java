package cn.kunming.kjj.carrier.common;

import org.jspecify.annotations.Nullable;

/**
 * A refusal a user can act on. It carries a message key and arguments rather than text, so that the
 * user reads it in their own language; the rule ID, when there is one, is part of the message.
 */
public class PortalException extends RuntimeException {

    private final String messageKey;
    private final transient @Nullable Object[] args;

    public PortalException(String messageKey, @Nullable Object... args) {
        super(messageKey);
        this.messageKey = messageKey;
        this.args = args.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public @Nullable Object[] args() {
        return args.clone();
    }
}
