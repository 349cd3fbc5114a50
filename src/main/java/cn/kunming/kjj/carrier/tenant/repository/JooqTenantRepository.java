package cn.kunming.kjj.carrier.tenant.repository;

import cn.kunming.kjj.carrier.common.TenantId;
import cn.kunming.kjj.carrier.jooq.tables.records.TenantRecord;
import cn.kunming.kjj.carrier.tenant.Tenant;
import cn.kunming.kjj.carrier.tenant.TenantType;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

import java.util.List;
import java.util.Optional;

import static cn.kunming.kjj.carrier.jooq.Tables.TENANT;

@Repository
class JooqTenantRepository implements TenantRepository {

    private final DSLContext dsl;

    JooqTenantRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public List<Tenant> findAll() {
        return dsl.selectFrom(TENANT).orderBy(TENANT.SORT_ORDER, TENANT.ID).fetch(JooqTenantRepository::toTenant);
    }

    @Override
    public Optional<Tenant> findById(TenantId id) {
        return dsl.selectFrom(TENANT).where(TENANT.ID.eq(id.value())).fetchOptional(JooqTenantRepository::toTenant);
    }

    @Override
    public void insert(Tenant t) {
        dsl.insertInto(TENANT)
                .set(TENANT.ID, t.id().value())
                .set(TENANT.NAME, t.name())
                .set(TENANT.NAME_EN, t.nameEn())
                .set(TENANT.TENANT_TYPE, t.type())
                .set(TENANT.DIVISION_CODE, t.divisionCode())
                .set(TENANT.VALID_FROM, t.validFrom())
                .set(TENANT.VALID_TO, t.validTo())
                .set(TENANT.SORT_ORDER, t.sortOrder())
                .set(TENANT.VERSION, 0)
                .execute();
    }

    @Override
    public boolean update(Tenant t) {
        return dsl.update(TENANT)
                .set(TENANT.NAME, t.name())
                .set(TENANT.NAME_EN, t.nameEn())
                .set(TENANT.TENANT_TYPE, t.type())
                .set(TENANT.DIVISION_CODE, t.divisionCode())
                .set(TENANT.VALID_FROM, t.validFrom())
                .set(TENANT.VALID_TO, t.validTo())
                .set(TENANT.SORT_ORDER, t.sortOrder())
                .set(TENANT.VERSION, TENANT.VERSION.plus(1))
                .where(TENANT.ID.eq(t.id().value()).and(TENANT.VERSION.eq(t.version())))
                .execute() == 1;
    }

    private static Tenant toTenant(TenantRecord r) {
        return new Tenant(new TenantId(r.getId()), r.getName(), r.getNameEn(), r.getTenantType(),
                r.getDivisionCode(), r.getValidFrom(), r.getValidTo(), r.getSortOrder(), r.getVersion());
    }
}
