package cn.kunming.kjj.carrier.authority;

import cn.kunming.kjj.carrier.common.FieldName;
import cn.kunming.kjj.carrier.audit.AuditAction;
import cn.kunming.kjj.carrier.audit.AuditEntry;
import cn.kunming.kjj.carrier.audit.AuditLog;
import cn.kunming.kjj.carrier.audit.AuditedEntity;
import cn.kunming.kjj.carrier.authority.repository.AuthorityRepository;
import cn.kunming.kjj.carrier.common.NotFoundException;
import cn.kunming.kjj.carrier.common.PortalException;
import cn.kunming.kjj.carrier.common.TenantId;
import cn.kunming.kjj.carrier.security.Access;
import cn.kunming.kjj.carrier.security.CurrentUser;
import cn.kunming.kjj.carrier.tenant.Tenant;
import cn.kunming.kjj.carrier.tenant.Tenants;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The bureau chooses which industry authorities it consults on each industry field (P4.5: 商相关行业主管部门; the same
 * authorities organise the review with it, P4.4, and evaluate with it, M5.1). A field is matched exactly as dossiers
 * and carriers store it, the way the dashboards group them.
 */
@Service
public class FieldLinkService {

    /** The column's length: dossiers store at most this much of the applicant's field. */
    static final int FIELD_LENGTH = 100;

    private final AuthorityRepository repository;
    private final LinkedAuthorities authorities;
    private final Tenants tenants;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Clock clock;

    FieldLinkService(AuthorityRepository repository, LinkedAuthorities authorities, Tenants tenants,
                     CurrentUser currentUser, AuditLog audit, Clock clock) {
        this.repository = repository;
        this.authorities = authorities;
        this.tenants = tenants;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /** The industry authorities in force today, as the administrator keeps them in the list of tenants. */
    @PreAuthorize(Access.BUREAU)
    @Transactional(readOnly = true)
    public List<Tenant> authorities() {
        LocalDate today = LocalDate.now(clock);
        return tenants.findAll().stream().filter(t -> t.industryAuthority() && t.validOn(today)).toList();
    }

    @PreAuthorize(Access.BUREAU)
    @Transactional(readOnly = true)
    public List<FieldLink> links() {
        return repository.links();
    }

    /** The industry fields that dossiers and carriers name, to choose from (another may be typed). */
    @PreAuthorize(Access.BUREAU)
    @Transactional(readOnly = true)
    public List<String> knownFields() {
        return repository.knownFields();
    }

    /** Consults the authority on the field from now on; refused for a tenant that is no authority in force. */
    @PreAuthorize(Access.BUREAU)
    @Transactional
    public long link(TenantId authorityId, @Nullable String field) {
        String f = field == null ? "" : field.strip();
        if (f.isEmpty()) {
            throw new PortalException("authority.fieldMissing");
        }
        if (f.length() > FIELD_LENGTH) {
            throw new PortalException("input.tooLongField", new FieldName("industryField"), FIELD_LENGTH);
        }
        Tenant authority = authorities.inForce(authorityId, LocalDate.now(clock))
                .orElseThrow(() -> new PortalException("authority.notAnAuthority"));
        if (repository.linkExists(authority.id(), f)) {
            throw new PortalException("authority.fieldAlreadyLinked", authority.name(), f);
        }
        long id = repository.insertLink(authority.id(), f, currentUser.require().username(), LocalDateTime.now(clock));
        audit.record(AuditEntry.of(AuditAction.AUTHORITY_FIELD_LINKED, AuditedEntity.TENANT, authority.id())
                .tenant(authority.id()).rule("P4.5").detail(authority.name() + " ← " + f));
        return id;
    }

    /** Consults the authority on the field no more; opinions and remarks it gave stay where they are. */
    @PreAuthorize(Access.BUREAU)
    @Transactional
    public void unlink(long linkId) {
        FieldLink link = repository.findLink(linkId).orElseThrow(NotFoundException::new);
        if (!repository.deleteLink(linkId)) {
            throw new NotFoundException();
        }
        audit.record(AuditEntry.of(AuditAction.AUTHORITY_FIELD_UNLINKED, AuditedEntity.TENANT, link.authorityId())
                .tenant(link.authorityId()).rule("P4.5").detail(link.authorityName() + " ← " + link.field()));
    }

    /** The fields of the signed-in authority; none while its authority is not in force. */
    @PreAuthorize(Access.AUTHORITY)
    @Transactional(readOnly = true)
    public List<String> myFields() {
        return authorities.fieldsOf(currentUser.require().requireTenant(), LocalDate.now(clock));
    }
}
