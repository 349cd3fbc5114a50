package cn.kunming.kjj.carrier.security;

import cn.kunming.kjj.carrier.common.UnitId;
import cn.kunming.kjj.carrier.common.TenantId;

public record AccountDraft(String username, String displayName, Role role, TenantId tenantId, UnitId unitId,
                         String email) {
}
