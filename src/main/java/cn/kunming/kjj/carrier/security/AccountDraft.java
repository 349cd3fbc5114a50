package cn.kunming.kjj.carrier.security;

import cn.kunming.kjj.carrier.common.UnitId;
import cn.kunming.kjj.carrier.common.TenantId;
import org.jspecify.annotations.Nullable;

public record AccountDraft(String username, String displayName, Role role, @Nullable TenantId tenantId,
                           @Nullable UnitId unitId, @Nullable String email) {
}
