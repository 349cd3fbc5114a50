package cn.kunming.kjj.carrier.call;

import cn.kunming.kjj.carrier.common.UnitId;
import cn.kunming.kjj.carrier.common.CallId;
import cn.kunming.kjj.carrier.eligibility.MeasuresValidity;
import cn.kunming.kjj.carrier.audit.AuditAction;
import cn.kunming.kjj.carrier.audit.AuditEntry;
import cn.kunming.kjj.carrier.audit.AuditedEntity;
import cn.kunming.kjj.carrier.audit.AuditLog;
import cn.kunming.kjj.carrier.call.repository.CallRepository;
import cn.kunming.kjj.carrier.common.ConcurrentEditException;
import cn.kunming.kjj.carrier.common.NotFoundException;
import cn.kunming.kjj.carrier.common.PortalException;
import cn.kunming.kjj.carrier.common.UnifiedSocialCreditCode;
import cn.kunming.kjj.carrier.security.Access;
import cn.kunming.kjj.carrier.security.CurrentUser;
import cn.kunming.kjj.carrier.security.TenantScope;
import cn.kunming.kjj.carrier.tenant.HostUnit;
import cn.kunming.kjj.carrier.tenant.HostUnits;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * Calls for applications (P4.1): the bureau prepares, publishes and extends them; everybody may read published ones;
 * the dossier side asks whether a unit may submit under a call right now.
 */
@Service
public class CallService {

    private final CallRepository calls;
    private final MeasuresValidity measures;
    private final HostUnits units;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Clock clock;

    CallService(CallRepository calls, HostUnits units, CurrentUser currentUser, AuditLog audit, Clock clock,
                MeasuresValidity measures) {
        this.measures = measures;
        this.calls = calls;
        this.units = units;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    @PreAuthorize(Access.ANYONE)
    public LocalDateTime now() {
        return LocalDateTime.now(clock);
    }

    @PreAuthorize(Access.ANYONE)
    @Transactional(readOnly = true)
    public List<Call> published() {
        return calls.findPublished();
    }

    /** One published call (a draft call is nobody's but the bureau's); empty for an unknown or unpublished one. */
    @PreAuthorize(Access.ANYONE)
    @Transactional(readOnly = true)
    public Optional<Call> publishedCall(CallId callId) {
        return calls.findById(callId).filter(c -> c.status() == CallStatus.PUBLISHED);
    }

    @PreAuthorize(Access.BUREAU)
    @Transactional(readOnly = true)
    public List<Call> all() {
        return calls.findAll();
    }

    @PreAuthorize(Access.BUREAU)
    @Transactional
    public CallId create(CallDraft draft) {
        validate(draft);
        CallId id = calls.insert(normalised(draft), now(), currentUser.require().username());
        audit.record(AuditEntry.of(AuditAction.CALL_CREATED, AuditedEntity.CALL, id).rule("P4.1").detail(draft.title()));
        return id;
    }

    @PreAuthorize(Access.BUREAU)
    @Transactional
    public void update(CallId id, int version, CallDraft draft) {
        validate(draft);
        Call before = calls.findById(id).orElseThrow(NotFoundException::new);
        if (before.status() != CallStatus.DRAFT) {
            throw new PortalException("call.publishedIsFixed");
        }
        if (!calls.update(id, version, normalised(draft))) {
            throw new ConcurrentEditException("CALL", id);
        }
        audit.record(AuditEntry.of(AuditAction.CALL_UPDATED, AuditedEntity.CALL, id).rule("P4.1").detail(draft.title()));
    }

    @PreAuthorize(Access.BUREAU)
    @Transactional
    public void publish(CallId id, int version) {
        Call call = calls.findById(id).orElseThrow(NotFoundException::new);
        if (call.status() == CallStatus.PUBLISHED) {
            throw new PortalException("call.alreadyPublished");
        }
        if (!call.closesAt().isAfter(now())) {
            throw new PortalException("call.closesInThePast");
        }
        withinMeasures(call.opensAt().toLocalDate());
        withinMeasures(call.closesAt().toLocalDate());
        if (!calls.publish(id, version, now())) {
            throw new ConcurrentEditException("CALL", id);
        }
        audit.record(AuditEntry.of(AuditAction.CALL_PUBLISHED, AuditedEntity.CALL, id).rule("P4.1")
                .detail(call.title() + " " + call.opensAt() + " → " + call.closesAt()));
    }

    /** A dated extension for one unit, found by its credit code; the reason is kept and audited. */
    @PreAuthorize(Access.BUREAU)
    @Transactional
    public void grantExtension(CallId callId, String creditCode, LocalDateTime until, String reason) {
        Call call = calls.findById(callId).orElseThrow(NotFoundException::new);
        if (call.status() != CallStatus.PUBLISHED) {
            throw new PortalException("call.notPublished");
        }
        String code = UnifiedSocialCreditCode.normalise(creditCode);
        HostUnit unit = units.findByCreditCode(new TenantScope.All(), code)
                .orElseThrow(() -> new PortalException("call.unitUnknown", code));
        LocalDateTime minute = until == null ? null : until.truncatedTo(ChronoUnit.MINUTES);
        if (minute == null || !minute.isAfter(call.closesAt())) {
            throw new PortalException("call.extensionNotAfterClosing");
        }
        if (reason == null || reason.isBlank()) {
            throw new PortalException("call.extensionReasonRequired");
        }
        withinMeasures(minute.toLocalDate());
        calls.saveExtension(callId, unit.id(), minute, reason.strip(), currentUser.require().username(), now());
        audit.record(AuditEntry.of(AuditAction.CALL_EXTENSION_GRANTED, AuditedEntity.CALL, callId).tenant(unit.tenantId()).rule("P4.1")
                .detail(unit.name() + " until " + minute + ": " + reason.strip()));
    }

    /** Whether the unit may submit under the call right now (P4.1); refused with the reason otherwise. */
    @PreAuthorize(Access.APPLICANT_OR_BUREAU)
    @Transactional(readOnly = true)
    public void requireOpenFor(CallId callId, UnitId unitId) {
        Call call = calls.findById(callId).filter(c -> c.status() == CallStatus.PUBLISHED)
                .orElseThrow(NotFoundException::new);
        Optional<LocalDateTime> extension = calls.extensionFor(callId, unitId);
        if (!call.acceptsAt(now(), extension)) {
            throw new PortalException(call.stateAt(now()) == CallState.UPCOMING ? "call.notYetOpen" : "call.closed",
                    call.title());
        }
    }

    private void validate(CallDraft d) {
        if (d.title() == null || d.title().isBlank()) {
            throw new PortalException("call.titleRequired");
        }
        if (d.kinds() == null || d.kinds().isEmpty()) {
            throw new PortalException("call.kindsRequired");
        }
        if (d.opensAt() == null || d.closesAt() == null || !d.closesAt().isAfter(d.opensAt())) {
            throw new PortalException("call.closesBeforeOpening");
        }
        if (d.year() < 2025 || d.year() > 2100) {
            throw new PortalException("call.yearInvalid");
        }
        withinMeasures(d.opensAt().toLocalDate());
        withinMeasures(d.closesAt().toLocalDate());
    }

    /** A call opens, closes and is extended only while a version of the measures is in force (Art. 8, A8.1). */
    private void withinMeasures(LocalDate day) {
        if (measures.inForceOn(day).isEmpty()) {
            throw new PortalException("call.outsideValidity", day.toString(), measures.validity());
        }
    }

    private static CallDraft normalised(CallDraft d) {
        return new CallDraft(d.year(), d.title().strip(), d.kinds(), d.opensAt().truncatedTo(ChronoUnit.MINUTES),
                d.closesAt().truncatedTo(ChronoUnit.MINUTES), d.body(),
                d.requiredAttachments().stream().filter(a -> d.kinds().contains(a.kind())).toList());
    }
}
