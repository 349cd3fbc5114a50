package cn.kunming.kjj.carrier.publicity;

public enum ObjectionStatus {
    OPEN, UPHELD, DISMISSED;

    public String messageKey() {
        return "objectionStatus." + name();
    }
}
