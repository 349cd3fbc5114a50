package cn.kunming.kjj.carrier.tenant;

public enum TenantType {
    BUREAU,
    COUNTY_DIVISION,
    NEW_AREA,
    DEVELOPMENT_ZONE,
    RESORT,
    FREE_TRADE_ZONE,
    ECONOMIC_COOPERATION_ZONE;

    public String messageKey() {
        return "tenantType." + name();
    }
}
