package cn.kunming.kjj.carrier.authority;

import cn.kunming.kjj.carrier.common.FieldName;
import cn.kunming.kjj.carrier.audit.AuditAction;
import cn.kunming.kjj.carrier.audit.AuditEntry;
import cn.kunming.kjj.carrier.audit.AuditLog;
import cn.kunming.kjj.carrier.audit.AuditedEntity;
import cn.kunming.kjj.carrier.authority.repository.AuthorityRepository;
import cn.kunming.kjj.carrier.common.ConcurrentEditException;
import cn.kunming.kjj.carrier.common.ExpertId;
import cn.kunming.kjj.carrier.common.ImportReport;
import cn.kunming.kjj.carrier.common.NotFoundException;
import cn.kunming.kjj.carrier.common.PortalException;
import cn.kunming.kjj.carrier.expert.ExpertDraft;
import cn.kunming.kjj.carrier.expert.ExpertFields;
import cn.kunming.kjj.carrier.expert.ExpertService;
import cn.kunming.kjj.carrier.expert.ExpertSheet;
import cn.kunming.kjj.carrier.security.Access;
import cn.kunming.kjj.carrier.security.CurrentUser;
import cn.kunming.kjj.carrier.security.PortalUser;
import cn.kunming.kjj.carrier.tenant.Tenant;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Experts nominated by industry authorities (P4.4: 市科技局会同行业主管部门组织专家评审). An authority in force
 * nominates; the bureau accepts — the expert joins the pool, recorded as nominated by that authority — or declines
 * with a reason. A nomination is decided once. An authority sees its own nominations only.
 */
@Service
public class ExpertNominationService {

    private static final int REASON_LENGTH = 1000;

    private final AuthorityRepository repository;
    private final LinkedAuthorities authorities;
    private final ExpertService experts;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Clock clock;

    ExpertNominationService(AuthorityRepository repository, LinkedAuthorities authorities, ExpertService experts,
                            CurrentUser currentUser, AuditLog audit, Clock clock) {
        this.repository = repository;
        this.authorities = authorities;
        this.experts = experts;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /** Nominates an expert to the pool, with why; the bureau decides (P4.4). */
    @PreAuthorize(Access.AUTHORITY)
    @Transactional
    public long nominate(ExpertDraft expert, @Nullable String reason) {
        PortalUser me = currentUser.require();
        Tenant authority = authorities.inForce(me.tenantId(), LocalDate.now(clock))
                .orElseThrow(() -> new PortalException("authority.notInForce"));
        requireValid(expert);
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw new PortalException("nomination.reasonMissing");
        }
        if (why.length() > REASON_LENGTH) {
            throw new PortalException("input.tooLongField", new FieldName("reason"), REASON_LENGTH);
        }
        long id = repository.insertNomination(authority.id(), expert, why, me.username(), LocalDateTime.now(clock));
        audit.record(AuditEntry.of(AuditAction.EXPERT_NOMINATED, AuditedEntity.EXPERT_NOMINATION, id)
                .tenant(authority.id()).rule("P4.4")
                .detail(authority.name() + ": " + expert.name() + "（" + expert.affiliation() + "）"));
        return id;
    }

    /** The signed-in authority's nominations and what became of them. */
    @PreAuthorize(Access.AUTHORITY)
    @Transactional(readOnly = true)
    public List<ExpertNomination> mine() {
        PortalUser me = currentUser.require();
        return me.tenantId() == null ? List.of() : repository.nominations(me.tenantId());
    }

    /** Every authority's nominations, the pending ones first. */
    @PreAuthorize(Access.BUREAU)
    @Transactional(readOnly = true)
    public List<ExpertNomination> nominations() {
        return repository.nominations(null);
    }

    /** Accepts a pending nomination: the expert joins the pool, recorded as nominated by its authority. */
    @PreAuthorize(Access.BUREAU)
    @Transactional
    public ExpertId accept(long nominationId, int version) {
        ExpertNomination n = pending(nominationId);
        ExpertId expertId = experts.create(n.expert());
        if (!repository.decide(nominationId, version, NominationStatus.ACCEPTED, currentUser.require().username(),
                LocalDateTime.now(clock), null, expertId)) {
            throw new ConcurrentEditException("EXPERT_NOMINATION", nominationId);
        }
        audit.record(AuditEntry.of(AuditAction.EXPERT_NOMINATION_ACCEPTED, AuditedEntity.EXPERT_NOMINATION, nominationId)
                .tenant(n.authorityId()).rule("P4.4")
                .detail(n.expert().name() + " → expert " + expertId + ", nominated by " + n.authorityName()));
        return expertId;
    }

    /** Declines a pending nomination, with the reason its authority reads. */
    @PreAuthorize(Access.BUREAU)
    @Transactional
    public void decline(long nominationId, int version, @Nullable String reason) {
        ExpertNomination n = pending(nominationId);
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw new PortalException("nomination.declineReasonMissing");
        }
        if (why.length() > REASON_LENGTH) {
            throw new PortalException("input.tooLongField", new FieldName("reason"), REASON_LENGTH);
        }
        if (!repository.decide(nominationId, version, NominationStatus.DECLINED, currentUser.require().username(),
                LocalDateTime.now(clock), why, null)) {
            throw new ConcurrentEditException("EXPERT_NOMINATION", nominationId);
        }
        audit.record(AuditEntry.of(AuditAction.EXPERT_NOMINATION_DECLINED, AuditedEntity.EXPERT_NOMINATION, nominationId)
                .tenant(n.authorityId()).rule("P4.4").detail(n.expert().name() + ": " + why));
    }

    private ExpertNomination pending(long nominationId) {
        ExpertNomination n = repository.findNomination(nominationId).orElseThrow(NotFoundException::new);
        if (n.status() != NominationStatus.PENDING) {
            throw new PortalException("nomination.alreadyDecided");
        }
        return n;
    }

    /** What the pool requires of an expert (P4.4), and no text longer than its column. */
    private static void requireValid(ExpertDraft d) {
        List<ImportReport.Problem> problems = ExpertSheet.check(0, d, d.affiliationCreditCode());
        if (!problems.isEmpty()) {
            throw new PortalException(problems.getFirst().key(), problems.getFirst().args());
        }
        String[][] limits = {{"name", d.name(), "64"}, {"fields", ExpertFields.join(d.fields()), "255"},
                {"title", d.title(), "64"}, {"affiliation", d.affiliation(), "200"}, {"phone", d.phone(), "32"},
                {"email", d.email(), "128"}};
        for (String[] limit : limits) {
            if (limit[1].length() > Integer.parseInt(limit[2])) {
                throw new PortalException("input.tooLongField", new FieldName("expert." + limit[0]), Integer.parseInt(limit[2]));
            }
        }
    }
}
