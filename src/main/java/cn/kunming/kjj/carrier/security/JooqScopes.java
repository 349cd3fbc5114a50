package cn.kunming.kjj.carrier.security;

import cn.kunming.kjj.carrier.common.UnitId;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.impl.DSL;

import static cn.kunming.kjj.carrier.jooq.Tables.HOST_UNIT;

/**
 * The one translation of a {@link TenantScope} into SQL. Every query of tenant-owned data applies it, either on
 * the host unit or on a table that carries the owning tenant and unit.
 */
public final class JooqScopes {

    private JooqScopes() {
    }

    public static Condition hostUnitInScope(TenantScope scope) {
        return inScope(scope, HOST_UNIT.TENANT_ID, HOST_UNIT.ID);
    }

    /** For any table that carries the owning tenant and unit of its rows. */
    public static Condition inScope(TenantScope scope, Field<String> tenant, Field<UnitId> unit) {
        return switch (scope) {
            case TenantScope.All all -> DSL.trueCondition();
            case TenantScope.OfTenant t -> tenant.eq(t.tenant().value());
            case TenantScope.OfUnit u -> tenant.eq(u.tenant().value()).and(unit.eq(u.unitId()));
            case TenantScope.None none -> DSL.falseCondition();
        };
    }
}
