package cn.kunming.kjj.carrier.expert;

import cn.kunming.kjj.carrier.common.AccountId;
import cn.kunming.kjj.carrier.common.ExpertId;
import org.jspecify.annotations.Nullable;
import cn.kunming.kjj.carrier.audit.AuditAction;
import cn.kunming.kjj.carrier.audit.AuditEntry;
import cn.kunming.kjj.carrier.audit.AuditedEntity;
import cn.kunming.kjj.carrier.audit.AuditLog;
import cn.kunming.kjj.carrier.common.ConcurrentEditException;
import cn.kunming.kjj.carrier.common.ImportReport;
import cn.kunming.kjj.carrier.common.NotFoundException;
import cn.kunming.kjj.carrier.common.PortalException;
import cn.kunming.kjj.carrier.common.Sha256;
import cn.kunming.kjj.carrier.expert.repository.ExpertRepository;
import cn.kunming.kjj.carrier.security.Access;
import cn.kunming.kjj.carrier.security.Account;
import cn.kunming.kjj.carrier.security.Accounts;
import cn.kunming.kjj.carrier.security.Role;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/** The expert pool (专家库, P4.4), kept by the bureau: typed in, or imported from Excel all or nothing. */
@Service
public class ExpertService {

    private final ExpertRepository experts;
    private final Accounts accounts;
    private final AuditLog audit;
    private final Clock clock;
    private final ExpertOrigins origins;

    ExpertService(ExpertRepository experts, Accounts accounts, AuditLog audit, Clock clock, ExpertOrigins origins) {
        this.origins = origins;
        this.experts = experts;
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock;
    }

    @PreAuthorize(Access.BUREAU)
    @Transactional(readOnly = true)
    public List<Expert> all() {
        return experts.findAll();
    }

    /** The authority that nominated each expert who joined the pool on a nomination (P4.4), by name. */
    @PreAuthorize(Access.BUREAU)
    @Transactional(readOnly = true)
    public java.util.Map<ExpertId, String> nominators() {
        return origins.nominators();
    }

    @PreAuthorize(Access.BUREAU)
    @Transactional
    public ExpertId create(ExpertDraft draft) {
        requireValid(draft);
        ExpertId id = experts.insert(draft, LocalDateTime.now(clock));
        audit.record(AuditEntry.of(AuditAction.EXPERT_ADDED, AuditedEntity.EXPERT, id).rule("P4.4").detail(draft.name()));
        return id;
    }

    @PreAuthorize(Access.BUREAU)
    @Transactional
    public void update(ExpertId id, int version, ExpertDraft draft) {
        experts.findById(id).orElseThrow(NotFoundException::new);
        requireValid(draft);
        if (!experts.update(id, version, draft)) {
            throw new ConcurrentEditException("EXPERT", id);
        }
        audit.record(AuditEntry.of(AuditAction.EXPERT_UPDATED, AuditedEntity.EXPERT, id).rule("P4.4")
                .detail(draft.name() + (draft.active() ? "" : " (inactive)")));
    }

    /** Creates ({@code id} null) or updates an expert and its login account in one step: both or neither. */
    @PreAuthorize(Access.BUREAU)
    @Transactional
    public ExpertId save(@Nullable ExpertId id, int version, ExpertDraft draft, @Nullable AccountId accountId) {
        if (id == null) {
            ExpertId created = create(draft);
            if (accountId != null) {
                linkAccount(created, 0, accountId);
            }
            return created;
        }
        Expert existing = experts.findById(id).orElseThrow(NotFoundException::new);
        update(id, version, draft);
        if (!java.util.Objects.equals(accountId, existing.accountId())) {
            linkAccount(id, version + 1, accountId);
        }
        return id;
    }

    /**
     * Imports a sheet: every row or none. A row naming an expert already in the pool (same name and affiliation)
     * updates it; the file's SHA-256 is audited so that the import can be traced to the file.
     */
    @PreAuthorize(Access.BUREAU)
    @Transactional
    public ImportReport importSheet(String fileName, byte[] bytes) {
        ExpertSheet.Parsed parsed = ExpertSheet.read(bytes);
        if (!parsed.problems().isEmpty()) {
            return new ImportReport(0, 0, parsed.problems());
        }
        int added = 0;
        int updated = 0;
        for (ExpertSheet.Line line : parsed.lines()) {
            Optional<Expert> existing = experts.findByNameAndAffiliation(line.draft().name(), line.draft().affiliation());
            if (existing.isPresent()) {
                ExpertDraft kept = withActive(line.draft(), existing.get().active());
                experts.update(existing.get().id(), existing.get().version(), kept);
                updated++;
            } else {
                experts.insert(line.draft(), LocalDateTime.now(clock));
                added++;
            }
        }
        audit.record(AuditEntry.of(AuditAction.EXPERTS_IMPORTED, AuditedEntity.EXPERT, "*").rule("P4.4")
                .detail(fileName + " sha256=" + Sha256.hex(bytes) + " added=" + added + " updated=" + updated));
        return new ImportReport(added, updated, List.of());
    }

    @PreAuthorize(Access.BUREAU)
    public byte[] template() {
        return ExpertSheet.template();
    }

    /** Expert-role accounts, for linking a pool entry to the login through which it reviews. */
    @PreAuthorize(Access.BUREAU)
    @Transactional(readOnly = true)
    public List<Account> expertAccounts() {
        return accounts.find("", 0, 10_000).stream().filter(a -> a.role() == Role.EXPERT).toList();
    }

    @PreAuthorize(Access.BUREAU)
    @Transactional
    public void linkAccount(ExpertId id, int version, @Nullable AccountId accountId) {
        experts.findById(id).orElseThrow(NotFoundException::new);
        if (accountId != null) {
            Account account = accounts.findById(accountId).filter(a -> a.role() == Role.EXPERT)
                    .orElseThrow(() -> new PortalException("expert.accountNotExpert"));
            experts.findByAccount(accountId).filter(other -> !other.id().equals(id)).ifPresent(other -> {
                throw new PortalException("expert.accountTaken", account.username(), other.name());
            });
        }
        if (!experts.linkAccount(id, version, accountId)) {
            throw new ConcurrentEditException("EXPERT", id);
        }
        audit.record(AuditEntry.of(AuditAction.EXPERT_ACCOUNT_LINKED, AuditedEntity.EXPERT, id).rule("P4.4")
                .detail(accountId == null ? "unlinked" : "account " + accountId));
    }

    private static void requireValid(ExpertDraft draft) {
        List<ImportReport.Problem> problems = ExpertSheet.check(0, draft, draft.affiliationCreditCode());
        if (!problems.isEmpty()) {
            throw new PortalException(problems.getFirst().key(), problems.getFirst().args());
        }
    }

    private static ExpertDraft withActive(ExpertDraft d, boolean active) {
        return new ExpertDraft(d.name(), d.fields(), d.title(), d.affiliation(), d.affiliationCreditCode(), d.phone(),
                d.email(), active);
    }
}
