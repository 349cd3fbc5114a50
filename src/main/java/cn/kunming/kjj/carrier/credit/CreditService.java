package cn.kunming.kjj.carrier.credit;

import cn.kunming.kjj.carrier.common.UploadedFile;
import cn.kunming.kjj.carrier.common.ContentStream;
import cn.kunming.kjj.carrier.common.UnitId;
import cn.kunming.kjj.carrier.common.DossierId;
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
import cn.kunming.kjj.carrier.credit.repository.CreditRepository;
import cn.kunming.kjj.carrier.security.Access;
import cn.kunming.kjj.carrier.security.CurrentUser;
import cn.kunming.kjj.carrier.security.PortalUser;
import cn.kunming.kjj.carrier.storage.AttachmentStore;
import cn.kunming.kjj.carrier.tenant.HostUnit;
import cn.kunming.kjj.carrier.tenant.HostUnits;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * The portal's own credit evidence (REFERENCE.md: there is no official API): list files imported all or nothing
 * and once per file, the check history of each unit in scope, officers' manual checks of 信用中国 with evidence,
 * and the alerts on listed carriers that wait for a person's M5.3(4) decision.
 */
@Service
public class CreditService {

    private final CreditRepository repository;
    private final HostUnits units;
    private final AttachmentStore store;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Clock clock;

    CreditService(CreditRepository repository, HostUnits units, AttachmentStore store,
                  CurrentUser currentUser, AuditLog audit, Clock clock) {
        this.repository = repository;
        this.units = units;
        this.store = store;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /** Imports a list file: every line or none; the same file (by SHA-256) a second time changes nothing. */
    @PreAuthorize(Access.BUREAU)
    @Transactional
    public ImportReport importList(String fileName, byte[] bytes) {
        String sha = Sha256.hex(bytes);
        Optional<CreditImport> earlier = repository.importBySha(sha);
        if (earlier.isPresent()) {
            return new ImportReport(0, 0, List.of(new ImportReport.Problem(0, "creditImport.alreadyImported",
                    earlier.get().fileName(), earlier.get().importedAt().toLocalDate())));
        }
        CreditListFile.Parsed parsed = CreditListFile.read(bytes);
        if (!parsed.problems().isEmpty()) {
            return new ImportReport(0, 0, parsed.problems());
        }
        long id = repository.insertImport(fileName, sha, parsed.entries(), currentUser.require().username(),
                LocalDateTime.now(clock));
        audit.record(AuditEntry.of(AuditAction.CREDIT_LIST_IMPORTED, AuditedEntity.CREDIT_LIST_IMPORT, id).rule("C2.5/C3.6")
                .detail(fileName + " sha256=" + sha + " entries=" + parsed.entries().size()));
        return new ImportReport(parsed.entries().size(), 0, List.of());
    }

    @PreAuthorize(Access.BUREAU)
    @Transactional(readOnly = true)
    public List<CreditImport> imports() {
        return repository.imports();
    }

    @PreAuthorize(Access.BUREAU)
    @Transactional(readOnly = true)
    public List<ListingEntry> entries(String codeOrName) {
        return repository.entries(codeOrName, 500);
    }

    /** The check history of a unit in the officer's scope (another tenant's unit does not exist for it). */
    @PreAuthorize(Access.OFFICERS)
    @Transactional(readOnly = true)
    public List<CreditCheck> checksOfUnit(UnitId unitId) {
        units.findById(currentUser.scope(), unitId).orElseThrow(NotFoundException::new);
        return repository.checksOfUnit(currentUser.scope(), unitId);
    }

    /** A unit's check history as .xlsx, as the list shows it (C2.5/C3.6). */
    @PreAuthorize(Access.OFFICERS)
    @Transactional
    public byte[] exportChecksOfUnit(UnitId unitId) {
        var unit = units.findById(currentUser.scope(), unitId).orElseThrow(NotFoundException::new);
        List<CreditCheck> rows = repository.checksOfUnit(currentUser.scope(), unitId);
        audit.record(AuditEntry.of(AuditAction.CREDIT_CHECKS_EXPORTED, AuditedEntity.HOST_UNIT, unitId).tenant(unit.tenantId()).rule("C2.5")
                .detail(rows.size() + " checks"));
        return cn.kunming.kjj.carrier.common.XlsxTable.write("信用核查记录", List.of("核查时间", "统一社会信用代码",
                "时机", "来源", "比对期间起", "比对期间止", "结果", "命中条目", "说明", "核查人"), rows.stream()
                .<List<?>>map(c -> java.util.Arrays.asList(c.checkedAt(), c.creditCode(), cn.kunming.kjj.carrier.common.Messages.chinese(c.occasion().messageKey()),
                        cn.kunming.kjj.carrier.common.Messages.chinese(c.source().messageKey()), c.window().from(), c.window().to(), cn.kunming.kjj.carrier.common.Messages.chinese(c.result().messageKey()),
                        c.matched().size(), c.detail(), c.checkedBy())).toList());
    }

    @PreAuthorize(Access.OFFICERS)
    @Transactional(readOnly = true)
    public List<CreditCheck> checksOfDossier(DossierId dossierId) {
        return repository.checksOfDossier(currentUser.scope(), dossierId);
    }

    /** An officer's check of 信用中国 by hand, with the screenshot or PDF it saw. */
    @PreAuthorize(Access.OFFICERS)
    @Transactional
    public long recordManualCheck(UnitId unitId, boolean listed, @Nullable String note, @Nullable UploadedFile evidence) {
        PortalUser me = currentUser.require();
        HostUnit unit = units.findById(me.scope(), unitId).orElseThrow(NotFoundException::new);
        if (evidence == null || evidence.size() == 0) {
            throw new PortalException("credit.evidenceMissing");
        }
        String evidenceName = evidence.fileName();
        String sha = store.keepChecked(evidence).sha256();
        LocalDate today = LocalDate.now(clock);
        long id = repository.insertCheck(new CreditCheck(0, unit.id(), unit.creditCode(), CheckOccasion.MANUAL,
                CheckSource.CREDIT_CHINA_MANUAL, CheckWindow.on(today), listed ? CheckResult.LISTED : CheckResult.CLEAR,
                List.of(), note == null ? null : note.strip(), evidenceName, sha, null, null, me.username(),
                LocalDateTime.now(clock)), unit.tenantId());
        audit.record(AuditEntry.of(AuditAction.CREDIT_CHECKED, AuditedEntity.HOST_UNIT, unit.id()).tenant(unit.tenantId()).rule("C2.5/C3.6")
                .detail("MANUAL 信用中国 " + (listed ? "LISTED" : "CLEAR") + " evidence sha256=" + sha));
        return id;
    }

    @PreAuthorize(Access.OFFICERS)
    @Transactional(readOnly = true)
    public ContentStream evidence(long checkId) {
        CreditCheck check = repository.check(currentUser.scope(), checkId).orElseThrow(NotFoundException::new);
        if (check.evidenceSha256() == null) {
            throw new NotFoundException();
        }
        return store.open(check.evidenceSha256());
    }

    /** The alerts in the officer's scope: the bureau's all, a district's on its own carriers (read, not decided). */
    @PreAuthorize(Access.OFFICERS)
    @Transactional(readOnly = true)
    public List<CreditAlert> alerts(boolean openOnly) {
        return repository.alerts(currentUser.scope(), openOnly);
    }

    /** A person's decision on a listed carrier (M5.3(4)): no action, or refer it for disqualification. */
    @PreAuthorize(Access.BUREAU)
    @Transactional
    public void decide(long alertId, CreditAlert.AlertDecision decision, String reason) {
        CreditAlert alert = repository.alert(currentUser.scope(), alertId).orElseThrow(NotFoundException::new);
        if (decision == null || reason == null || reason.isBlank()) {
            throw new PortalException("credit.decisionIncomplete");
        }
        if (alert.status() != CreditAlert.AlertStatus.OPEN) {
            throw new PortalException("credit.alertDecided");
        }
        if (!repository.decide(alertId, alert.version(), decision, reason.strip(), currentUser.require().username(),
                LocalDateTime.now(clock))) {
            throw new ConcurrentEditException("CREDIT_ALERT", alertId);
        }
        HostUnit unit = units.findById(currentUser.scope(), alert.unitId()).orElseThrow();
        audit.record(AuditEntry.of(AuditAction.CREDIT_ALERT_DECIDED, AuditedEntity.CARRIER, alert.carrierId()).tenant(unit.tenantId())
                .rule("M5.3(4)").detail(decision + ": " + reason.strip()));
    }
}
