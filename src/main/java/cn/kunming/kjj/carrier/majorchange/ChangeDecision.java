package cn.kunming.kjj.carrier.majorchange;

/** G6.2: the carrier still meets the conditions (UNCHANGED) or is CANCELLED from 1 January of the change's year. */
public enum ChangeDecision {
    UNCHANGED, CANCELLED;

    public String messageKey() {
        return "changeDecision." + name();
    }
}
