package cn.kunming.kjj.carrier.common;

/** An argument of a message that is itself translated, such as the name of a state in a refusal. */
public record MessageKey(String key) {
}
