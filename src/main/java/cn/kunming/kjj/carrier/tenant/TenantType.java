package cn.kunming.kjj.carrier.tenant;

public enum TenantType {
    BUREAU,
    COUNTY_DIVISION,
    NEW_AREA,
    DEVELOPMENT_ZONE,
    RESORT,
    FREE_TRADE_ZONE,
    ECONOMIC_COOPERATION_ZONE,
    /** 行业主管部门 (e.g. 市工业和信息化局): consulted by the bureau on its fields (P4.4, P4.5, M5.1); owns no dossiers. */
    INDUSTRY_AUTHORITY;

    /** Whether units of this tenant apply through it: the districts and zones (P4.3), not the bureau or an authority. */
    public boolean recommends() {
        return this != BUREAU && this != INDUSTRY_AUTHORITY;
    }

    public String messageKey() {
        return "tenantType." + name();
    }
}
