package cn.kunming.kjj.carrier.audit;

import cn.kunming.kjj.carrier.audit.repository.AuditRepository;
import cn.kunming.kjj.carrier.security.Access;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Optional;

/**
 * Verification of the hash-chained audit log: every link recomputed in order from the first, so that a changed,
 * removed or inserted event shows as the first link that no longer holds. The auditor runs it at will; a nightly
 * job runs it too. Each verification is kept, and is itself an audit event.
 */
@Service
public class AuditChain {

    private static final int PAGE = 2_000;

    private final AuditRepository repository;
    private final AuditLog audit;
    private final ActingUser actingUser;
    private final Clock clock;

    AuditChain(AuditRepository repository, AuditLog audit, ActingUser actingUser, Clock clock) {
        this.repository = repository;
        this.audit = audit;
        this.actingUser = actingUser;
        this.clock = clock;
    }

    @PreAuthorize(Access.AUDITOR)
    @Transactional
    public ChainReport verify() {
        return verifyAs(actingUser.current()
                .orElseThrow(() -> new AuthenticationCredentialsNotFoundException("no portal user")).username());
    }

    @PreAuthorize(Access.AUDITOR)
    @Transactional(readOnly = true)
    public Optional<ChainReport> lastReport() {
        return repository.lastReport();
    }

    /** The verification itself, for the auditor's button and the nightly job. */
    @Transactional(propagation = Propagation.MANDATORY)
    ChainReport verifyAs(String by) {
        ChainReport report = check(by);
        repository.saveReport(report);
        audit.recordAs(by, by.equals(AuditLog.SYSTEM_ACTOR) ? null : "AUDITOR",
                AuditEntry.of(report.intact() ? AuditAction.AUDIT_CHAIN_VERIFIED : AuditAction.AUDIT_CHAIN_BROKEN, AuditedEntity.AUDIT_EVENT, "*")
                        .detail(report.eventsChecked() + " links checked"
                                + (report.intact() ? "" : ", first broken link " + report.brokenSeq() + " (event "
                                + report.brokenEventId() + "): " + report.problem())));
        return report;
    }

    private ChainReport check(String by) {
        ChainVerification.Result r = ChainVerification.check(repository::links, repository.head(),
                repository.firstUnchained(), PAGE);
        return new ChainReport(LocalDateTime.now(clock), by, r.checked(), r.intact(), r.brokenSeq(), r.brokenEventId(),
                r.problem());
    }
}
