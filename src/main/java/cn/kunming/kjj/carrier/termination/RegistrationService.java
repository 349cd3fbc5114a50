package cn.kunming.kjj.carrier.termination;

import cn.kunming.kjj.carrier.common.UploadedFile;
import cn.kunming.kjj.carrier.common.UnitId;
import org.jspecify.annotations.Nullable;
import cn.kunming.kjj.carrier.audit.AuditAction;
import cn.kunming.kjj.carrier.audit.AuditEntry;
import cn.kunming.kjj.carrier.audit.AuditedEntity;
import cn.kunming.kjj.carrier.audit.AuditLog;
import cn.kunming.kjj.carrier.carrier.CarrierStatus;
import cn.kunming.kjj.carrier.carrier.CarrierStatusChanges;
import cn.kunming.kjj.carrier.carrier.Carriers;
import cn.kunming.kjj.carrier.common.ConcurrentEditException;
import cn.kunming.kjj.carrier.common.ImportReport;
import cn.kunming.kjj.carrier.common.NotFoundException;
import cn.kunming.kjj.carrier.common.PortalException;
import cn.kunming.kjj.carrier.common.Sha256;
import cn.kunming.kjj.carrier.security.Access;
import cn.kunming.kjj.carrier.security.CurrentUser;
import cn.kunming.kjj.carrier.security.PortalUser;
import cn.kunming.kjj.carrier.security.TenantScope;
import cn.kunming.kjj.carrier.storage.AttachmentStore;
import cn.kunming.kjj.carrier.tenant.HostUnit;
import cn.kunming.kjj.carrier.tenant.HostUnits;
import cn.kunming.kjj.carrier.tenant.RegistrationStatus;
import cn.kunming.kjj.carrier.termination.repository.RegistrationRepository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Market-registration status of units (G6.3): imported files (all or nothing, once per file; units the portal does
 * not know are skipped) and officers' entries with evidence; the alerts the termination run raises, and the
 * bureau's decision on a revoked licence.
 */
@Service
public class RegistrationService {

    private final RegistrationRepository registrations;
    private final HostUnits units;
    private final Carriers carriers;
    private final CarrierStatusChanges records;
    private final Terminations terminations;
    private final AttachmentStore store;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Clock clock;

    RegistrationService(RegistrationRepository registrations, HostUnits units, Carriers carriers,
                        CarrierStatusChanges records, Terminations terminations, AttachmentStore store,
                        CurrentUser currentUser, AuditLog audit, Clock clock) {
        this.registrations = registrations;
        this.units = units;
        this.carriers = carriers;
        this.records = records;
        this.terminations = terminations;
        this.store = store;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    @PreAuthorize(Access.BUREAU)
    @Transactional
    public ImportReport importFile(String fileName, byte[] bytes) {
        String sha = Sha256.hex(bytes);
        if (registrations.importKnown(sha)) {
            return new ImportReport(0, 0, List.of(new ImportReport.Problem(0, "registrationImport.alreadyImported")));
        }
        RegistrationFile.Parsed parsed = RegistrationFile.read(bytes);
        if (!parsed.problems().isEmpty()) {
            return new ImportReport(0, 0, parsed.problems());
        }
        PortalUser me = currentUser.require();
        LocalDateTime now = LocalDateTime.now(clock);
        long importId = registrations.insertImport(fileName, sha, parsed.lines().size(), me.username(), now);
        int matched = 0;
        for (RegistrationFile.Line line : parsed.lines()) {
            HostUnit unit = units.findByCreditCode(new TenantScope.All(), line.creditCode()).orElse(null);
            if (unit != null && (unit.registrationStatus() != line.status())) {
                registrations.record(unit.id(), unit.tenantId(), line.status(), line.on(), importId, null, null,
                        me.username(), now);
                matched++;
            }
        }
        audit.record(AuditEntry.of(AuditAction.REGISTRATION_IMPORTED, AuditedEntity.REGISTRATION_IMPORT, importId).rule("G6.3")
                .detail(fileName + " sha256=" + sha + ", " + parsed.lines().size() + " lines, " + matched + " changes"));
        return new ImportReport(matched, parsed.lines().size() - matched, List.of());
    }

    /** An officer's entry of a unit's registration status, with its evidence. */
    @PreAuthorize(Access.OFFICERS)
    @Transactional
    public void recordManual(UnitId unitId, @Nullable RegistrationStatus status, @Nullable LocalDate on,
                             @Nullable UploadedFile evidence) {
        PortalUser me = currentUser.require();
        HostUnit unit = units.findById(me.scope(), unitId).orElseThrow(NotFoundException::new);
        if (status == null || on == null || on.isAfter(LocalDate.now(clock))) {
            throw new PortalException("registration.incomplete");
        }
        if (evidence == null) {
            throw new PortalException("disqualification.evidenceMissing");
        }
        String sha = store.keepChecked(evidence).sha256();
        registrations.record(unit.id(), unit.tenantId(), status, on, null, evidence.fileName(), sha, me.username(),
                LocalDateTime.now(clock));
        audit.record(AuditEntry.of(AuditAction.REGISTRATION_RECORDED, AuditedEntity.HOST_UNIT, unit.id()).tenant(unit.tenantId()).rule("G6.3")
                .detail(status + " " + on + " evidence sha256=" + sha));
    }

    /** Applies G6.3 now (the nightly job does the same); the number of carriers terminated and dossiers withdrawn. */
    @PreAuthorize(Access.BUREAU)
    public int runNow() {
        return terminations.runAll(id -> { });
    }

    @PreAuthorize(Access.OFFICERS)
    @Transactional(readOnly = true)
    public List<RegistrationAlert> alerts(boolean openOnly) {
        return registrations.alerts(currentUser.scope(), openOnly);
    }

    /** Closes an alert: acknowledges a termination or withdrawal, or decides on a revoked licence. */
    @PreAuthorize(Access.OFFICERS)
    @Transactional
    public void close(long alertId, boolean terminate, String reason) {
        PortalUser me = currentUser.require();
        RegistrationAlert alert = registrations.alert(me.scope(), alertId).orElseThrow(NotFoundException::new);
        boolean decision = alert.kind() == RegistrationAlert.Kind.LICENCE_REVOKED;
        if (decision && me.role() != cn.kunming.kjj.carrier.security.Role.BUREAU_OFFICER) {
            throw new PortalException("registration.bureauDecides");
        }
        if (decision && (reason == null || reason.isBlank())) {
            throw new PortalException("registration.reasonMissing");
        }
        LocalDateTime now = LocalDateTime.now(clock);
        if (!registrations.close(alertId, alert.version(), decision ? (terminate ? "TERMINATE" : "NO_ACTION") : "SEEN",
                reason == null ? null : reason.strip(), me.username(), now)) {
            throw new ConcurrentEditException("REGISTRATION_ALERT", alertId);
        }
        if (decision && terminate) {
            var carrier = carriers.findById(me.scope(), alert.carrierId()).orElseThrow();
            LocalDate on = registrations.statusOn(alert.unitId()).orElse(LocalDate.now(clock));
            if (carrier.status().active()) {
                records.changeStatus(carrier, CarrierStatus.TERMINATED, on, null, "G6.3 吊销 " + reason.strip(),
                        me.username(), now);
            }
        }
        audit.record(AuditEntry.of(AuditAction.REGISTRATION_ALERT_CLOSED, AuditedEntity.HOST_UNIT, alert.unitId()).rule("G6.3")
                .detail(alert.kind() + (decision ? (terminate ? " terminate: " : " no action: ") + reason.strip() : " seen")));
    }
}
