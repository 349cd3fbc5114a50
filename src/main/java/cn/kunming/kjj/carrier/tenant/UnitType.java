package cn.kunming.kjj.carrier.tenant;

/** Host unit (依托单位) types of Art. 1 (C2.1, C3.1). */
public enum UnitType {
    UNIVERSITY,
    RESEARCH_INSTITUTE,
    MEDICAL_INSTITUTION,
    ENTERPRISE,
    PARK;

    public String messageKey() {
        return "unitType." + name();
    }
}
