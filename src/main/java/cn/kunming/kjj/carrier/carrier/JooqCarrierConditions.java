package cn.kunming.kjj.carrier.carrier;

import cn.kunming.kjj.carrier.carrier.ManagementRecords.SubsidyStatus;
import cn.kunming.kjj.carrier.security.TenantScope;
import cn.kunming.kjj.carrier.security.JooqScopes;
import cn.kunming.kjj.carrier.common.CarrierId;
import cn.kunming.kjj.carrier.tenant.JooqUnitSearch;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.impl.DSL;

import java.math.BigDecimal;
import java.time.LocalDate;

import static cn.kunming.kjj.carrier.jooq.Tables.CARRIER;
import static cn.kunming.kjj.carrier.jooq.Tables.RECOVERY;
import static cn.kunming.kjj.carrier.jooq.Tables.RECOVERY_PAYMENT;
import static cn.kunming.kjj.carrier.jooq.Tables.SUBSIDY;

/**
 * The register's filters as SQL, in one place: the register's list and the dashboard's aggregates apply the same
 * conditions, so that every figure equals the length of the list it links to.
 */
public final class JooqCarrierConditions {

    private JooqCarrierConditions() {
    }

    public static Condition of(TenantScope scope, CarrierFilter f) {
        Condition c = JooqScopes.inScope(scope, CARRIER.TENANT_ID, CARRIER.UNIT_ID);
        if (f.kind() != null) {
            c = c.and(CARRIER.KIND.eq(f.kind()));
        }
        if (f.status() != null) {
            c = c.and(CARRIER.STATUS.eq(f.status()));
        }
        if (f.field() != null) {
            c = c.and(f.exactField() ? CARRIER.INDUSTRY_FIELD.eq(f.field())
                    : CARRIER.INDUSTRY_FIELD.containsIgnoreCase(f.field()));
        }
        if (f.tenant() != null) {
            c = c.and(CARRIER.TENANT_ID.eq(f.tenant().value()));
        }
        if (f.year() != null) {
            c = c.and(CARRIER.APPROVED_ON.between(LocalDate.of(f.year(), 1, 1), LocalDate.of(f.year(), 12, 31)));
        }
        if (f.subsidy() != null) {
            c = c.and(subsidy(f.subsidy()));
        }
        if (f.unit() != null) {
            c = c.and(CARRIER.UNIT_ID.eq(f.unit()));
        }
        if (f.text() != null) {
            c = c.and(JooqUnitSearch.rowMatches(CARRIER.NAME, CARRIER.UNIT_ID, CARRIER.ID, CarrierId::of, f.text()));
        }
        return c;
    }

    public static Condition subsidy(SubsidyState state) {
        Condition approved = DSL.exists(DSL.selectOne().from(SUBSIDY).where(SUBSIDY.CARRIER_ID.eq(CARRIER.ID))
                .and(SUBSIDY.STATUS.eq(SubsidyStatus.APPROVED)));
        return switch (state) {
            case OWED -> CARRIER.STATUS.eq(CarrierStatus.PROVINCIALLY_FILED).andNot(approved);
            case DISBURSED -> approved;
            case TO_RECOVER -> DSL.exists(DSL.selectOne().from(RECOVERY).where(RECOVERY.CARRIER_ID.eq(CARRIER.ID))
                    .and(RECOVERY.AMOUNT_DUE_YUAN.gt(paidOn(RECOVERY.ID))));
        };
    }

    /** What has been paid back on a recovery so far (0 when nothing). */
    public static Field<BigDecimal> paidOn(Field<Long> recoveryId) {
        return DSL.field(DSL.select(DSL.coalesce(DSL.sum(RECOVERY_PAYMENT.AMOUNT_YUAN), BigDecimal.ZERO))
                .from(RECOVERY_PAYMENT).where(RECOVERY_PAYMENT.RECOVERY_ID.eq(recoveryId)));
    }
}
