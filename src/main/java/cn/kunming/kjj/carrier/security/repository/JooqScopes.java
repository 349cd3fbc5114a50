package cn.kunming.kjj.carrier.security.repository;

import cn.kunming.kjj.carrier.security.TenantScope;
import org.jooq.Condition;
import org.jooq.impl.DSL;

import static cn.kunming.kjj.carrier.jooq.Tables.HOST_UNIT;

/**
 * The one translation of a {@link TenantScope} into SQL for data owned through a host unit. Every query of
 * tenant-owned data joins to the unit (or is the unit) and applies this condition.
 */
public final class JooqScopes {

    private JooqScopes() {
    }

    public static Condition hostUnitInScope(TenantScope scope) {
        return switch (scope) {
            case TenantScope.All all -> DSL.trueCondition();
            case TenantScope.OfTenant t -> HOST_UNIT.TENANT_ID.eq(t.tenant().value());
            case TenantScope.OfUnit u -> HOST_UNIT.TENANT_ID.eq(u.tenant().value()).and(HOST_UNIT.ID.eq(u.unitId()));
            case TenantScope.None none -> DSL.falseCondition();
        };
    }
}
