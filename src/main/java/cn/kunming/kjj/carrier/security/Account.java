package cn.kunming.kjj.carrier.security;

import cn.kunming.kjj.carrier.common.AccountId;
import cn.kunming.kjj.carrier.common.UnitId;
import cn.kunming.kjj.carrier.common.TenantId;
import org.jspecify.annotations.Nullable;

import java.time.LocalDateTime;

/** A local account. The password hash is deliberately not part of it. */
public record Account(AccountId id, String username, String displayName, Role role, @Nullable TenantId tenantId,
                      @Nullable UnitId unitId, AccountStatus status, @Nullable String email, int failedAttempts,
                      @Nullable LocalDateTime lockedUntil,
                      LocalDateTime createdAt, int version) {

    public boolean lockedAt(LocalDateTime now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }
}
