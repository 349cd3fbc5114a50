package cn.kunming.kjj.carrier.common;

/** The two kinds of carrier of Art. 1, with the name suffix P4.2 requires. */
public enum CarrierKind {
    CONCEPT_CENTER("概念验证中心"),
    PILOT_PLATFORM("中试平台");

    private final String nameSuffix;

    CarrierKind(String nameSuffix) {
        this.nameSuffix = nameSuffix;
    }

    public String nameSuffix() {
        return nameSuffix;
    }

    /** The Chinese name, as official documents and exports write it. */
    public String chineseName() {
        return nameSuffix;
    }

    public String messageKey() {
        return "carrierKind." + name();
    }
}
