package cn.kunming.kjj.carrier.tenant;

import cn.kunming.kjj.carrier.audit.AuditAction;
import cn.kunming.kjj.carrier.audit.AuditEntry;
import cn.kunming.kjj.carrier.audit.AuditedEntity;
import cn.kunming.kjj.carrier.audit.AuditLog;
import cn.kunming.kjj.carrier.common.ConcurrentEditException;
import cn.kunming.kjj.carrier.common.NotFoundException;
import cn.kunming.kjj.carrier.common.PortalException;
import cn.kunming.kjj.carrier.common.TenantId;
import cn.kunming.kjj.carrier.security.Access;
import cn.kunming.kjj.carrier.tenant.repository.TenantRepository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.jspecify.annotations.Nullable;

import java.util.List;
import java.util.Optional;

/** The list of tenants: public reference data for every signed-in user, edited by the administrator. */
@Service
public class TenantService {

    private final TenantRepository repository;
    private final AuditLog audit;

    TenantService(TenantRepository repository, AuditLog audit) {
        this.repository = repository;
        this.audit = audit;
    }

    @PreAuthorize(Access.ANYONE)
    @Transactional(readOnly = true)
    public List<Tenant> all() {
        return repository.findAll();
    }

    @PreAuthorize(Access.ANYONE)
    @Transactional(readOnly = true)
    public Optional<Tenant> find(@Nullable TenantId id) {
        return id == null ? Optional.empty() : repository.findById(id);
    }

    @PreAuthorize(Access.ADMIN)
    @Transactional
    public void create(Tenant tenant) {
        validate(tenant);
        if (repository.findById(tenant.id()).isPresent()) {
            throw new PortalException("tenant.duplicateId", tenant.id().value());
        }
        repository.insert(tenant);
        audit.record(AuditEntry.of(AuditAction.TENANT_CREATED, AuditedEntity.TENANT, tenant.id()).tenant(tenant.id())
                .detail(tenant.name() + " " + tenant.type() + " " + tenant.validFrom() + "–" + tenant.validTo()));
    }

    @PreAuthorize(Access.ADMIN)
    @Transactional
    public void update(Tenant tenant) {
        validate(tenant);
        Tenant before = repository.findById(tenant.id()).orElseThrow(NotFoundException::new);
        if (!repository.update(tenant)) {
            throw new ConcurrentEditException("TENANT", tenant.id());
        }
        audit.record(AuditEntry.of(AuditAction.TENANT_UPDATED, AuditedEntity.TENANT, tenant.id()).tenant(tenant.id())
                .detail(before.name() + " → " + tenant.name() + "; valid " + tenant.validFrom() + "–" + tenant.validTo()));
    }

    private static void validate(Tenant t) {
        if (t.name() == null || t.name().isBlank() || t.nameEn() == null || t.nameEn().isBlank()) {
            throw new PortalException("tenant.nameRequired");
        }
        if (t.validFrom() == null) {
            throw new PortalException("tenant.validFromRequired");
        }
        if (t.validTo() != null && t.validTo().isBefore(t.validFrom())) {
            throw new PortalException("tenant.validToBeforeFrom");
        }
    }
}
