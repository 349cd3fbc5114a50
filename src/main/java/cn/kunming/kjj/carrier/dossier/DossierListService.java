package cn.kunming.kjj.carrier.dossier;

import cn.kunming.kjj.carrier.common.CallId;
import cn.kunming.kjj.carrier.common.BulkOutcome;
import cn.kunming.kjj.carrier.common.DossierId;
import cn.kunming.kjj.carrier.audit.AuditAction;
import cn.kunming.kjj.carrier.audit.AuditEntry;
import cn.kunming.kjj.carrier.audit.AuditLog;
import cn.kunming.kjj.carrier.audit.AuditedEntity;
import cn.kunming.kjj.carrier.call.Call;
import cn.kunming.kjj.carrier.call.CallService;
import cn.kunming.kjj.carrier.common.AttachmentZip;
import cn.kunming.kjj.carrier.common.ExportProgress;
import cn.kunming.kjj.carrier.common.Messages;
import cn.kunming.kjj.carrier.common.XlsxTable;
import cn.kunming.kjj.carrier.dossier.repository.DossierRepository;
import cn.kunming.kjj.carrier.security.Access;
import cn.kunming.kjj.carrier.security.CurrentUser;
import cn.kunming.kjj.carrier.security.TenantScope;
import cn.kunming.kjj.carrier.tenant.Tenants;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.jspecify.annotations.Nullable;

import java.io.OutputStream;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The officers' side of dossiers: the list of a call in their scope, one sorted page at a time, its export and the
 * bulk download of the recommended dossiers' attachments. The applicant's drafts are {@link DossierService}'s.
 */
@Service
public class DossierListService {

    static final int MAX_PAGE = 500;

    /** Submitted and not yet decided: a call with such dossiers is under review. */
    private static final Set<DossierStatus> UNDER_REVIEW = EnumSet.of(DossierStatus.SUBMITTED, DossierStatus.RETURNED,
            DossierStatus.RECOMMENDED, DossierStatus.UNDER_EXPERT_REVIEW, DossierStatus.REVIEWED, DossierStatus.PROPOSED,
            DossierStatus.IN_PUBLIC_NOTICE);

    private final DossierRepository dossiers;
    private final Tenants tenants;
    private final CallService calls;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final DossierZips zips;

    DossierListService(DossierRepository dossiers, Tenants tenants, CallService calls,
                       CurrentUser currentUser, AuditLog audit, DossierZips zips) {
        this.dossiers = dossiers;
        this.tenants = tenants;
        this.calls = calls;
        this.currentUser = currentUser;
        this.audit = audit;
        this.zips = zips;
    }

    /** Officers see the dossiers of a call within their scope (the bureau all, a district its own tenant's). */
    @PreAuthorize(Access.OFFICERS)
    @Transactional(readOnly = true)
    public List<Dossier> ofCall(CallId callId) {
        return dossiers.find(currentUser.scope(), callId);
    }

    /** The officers' list with its filters, in scope; each dashboard figure about dossiers is the size of one. */
    @PreAuthorize(Access.OFFICERS)
    @Transactional(readOnly = true)
    public List<Dossier> list(DossierFilter filter) {
        return dossiers.filtered(currentUser.scope(), filter);
    }

    /**
     * One page of the officers' list, sorted by the database: the grid reads only the lines it shows. One statement,
     * so no transaction of its own (on MariaDB its begin, read-only switch and commit cost more than the page).
     */
    @PreAuthorize(Access.OFFICERS)
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public List<DossierRow> rows(@Nullable DossierFilter filter, @Nullable DossierSort sort, int offset, int limit) {
        return dossiers.rows(currentUser.scope(), filter == null ? DossierFilter.none() : filter,
                sort == null ? DossierSort.NEWEST : sort, Math.max(0, offset), Math.clamp(limit, 0, MAX_PAGE));
    }

    /** How many lines the officers' list has with these filters, in scope. */
    @PreAuthorize(Access.OFFICERS)
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public int count(@Nullable DossierFilter filter) {
        return dossiers.count(currentUser.scope(), filter == null ? DossierFilter.none() : filter);
    }

    /**
     * The list with its filters as .xlsx, in the order the reader sorted it. The rows are those of the filter in the
     * reader's scope. Reports its progress and stops when cancelled.
     */
    @PreAuthorize(Access.OFFICERS)
    @Transactional
    public byte[] export(@Nullable DossierFilter filter, @Nullable DossierSort sort, @Nullable ExportProgress progress) {
        if (progress == null) {
            progress = ExportProgress.NONE;
        }
        if (filter == null) {
            filter = DossierFilter.none();
        }
        List<DossierRow> rows = dossiers.rows(currentUser.scope(), filter, sort == null ? DossierSort.NEWEST : sort, 0,
                Integer.MAX_VALUE);
        audit.record(AuditEntry.of(AuditAction.DOSSIERS_EXPORTED, AuditedEntity.DOSSIER, "*").rule("P4.2")
                .detail(rows.size() + " dossiers, filter " + filter));
        return workbook(rows, progress);
    }

    /**
     * The rows the reader selected, as .xlsx (issue 25): only those in the reader's scope, whatever ids were sent; at
     * most {@link BulkOutcome#MOST} at once.
     */
    @PreAuthorize(Access.OFFICERS)
    @Transactional
    public byte[] exportSelected(List<DossierId> dossierIds) {
        List<DossierId> ids = BulkOutcome.checked(dossierIds == null ? List.of() : dossierIds);
        List<DossierRow> rows = dossiers.rowsById(currentUser.scope(), ids);
        audit.record(AuditEntry.of(AuditAction.DOSSIERS_EXPORTED, AuditedEntity.DOSSIER, "*").rule("P4.2")
                .detail(rows.size() + " selected dossiers: " + rows.stream().map(r -> String.valueOf(r.id()))
                        .collect(Collectors.joining(","))));
        return workbook(rows, ExportProgress.NONE);
    }

    /** The calls with dossiers submitted and not yet decided in the reader's scope: where its lists open. */
    @PreAuthorize(Access.OFFICERS)
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public Set<CallId> callsUnderReview() {
        return dossiers.callsWith(currentUser.scope(), UNDER_REVIEW);
    }

    /** The calls where dossiers in these statuses wait in the reader's scope: where a page of that work opens. */
    @PreAuthorize(Access.OFFICERS)
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public Set<CallId> callsWaiting(Set<DossierStatus> statuses) {
        return statuses.isEmpty() ? Set.of() : dossiers.callsWith(currentUser.scope(), statuses);
    }

    /** The industry fields the submitted dossiers in the reader's scope name: the choices of the field filter. */
    @PreAuthorize(Access.OFFICERS)
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public List<String> fields() {
        return dossiers.fields(currentUser.scope(), MAX_PAGE);
    }

    private byte[] workbook(List<DossierRow> rows, ExportProgress progress) {
        Map<String, String> tenantNames = tenants.names();
        Map<CallId, Call> callsById = calls.published().stream().collect(Collectors.toMap(Call::id, c -> c, (a, b) -> a));
        return XlsxTable.write("申报材料", List.of("申报单位", "统一社会信用代码", "拟用名称", "类型", "属地", "产业领域",
                "申报批次", "年度", "状态", "提交版本数", "最后保存"), progress.counting(rows, d -> {
                    Call call = callsById.get(d.callId());
                    return Arrays.asList(d.unitName(), d.creditCode(), d.name(),
                            d.kind().chineseName(), tenantNames.getOrDefault(d.tenantId().value(), d.tenantId().value()),
                            d.industryField(), call == null ? null : call.title(),
                            call == null ? null : call.year(), Messages.chinese(d.status().messageKey()),
                            d.submittedVersions(), d.lastSavedAt());
                }));
    }

    /**
     * The attachments of every recommended dossier of a call in the officer's scope (those that reached
     * {@link DossierStage#RECOMMENDED}), one folder per dossier, with one manifest.
     */
    @PreAuthorize(Access.OFFICERS)
    @Transactional
    public void writeRecommendedZip(CallId callId, OutputStream out) {
        TenantScope scope = currentUser.scope();
        List<Dossier> recommended = dossiers.filtered(scope,
                DossierFilter.ofCall(callId).withStage(DossierStage.RECOMMENDED));
        audit.record(AuditEntry.of(AuditAction.ATTACHMENTS_DOWNLOADED, AuditedEntity.CALL, callId).rule("P4.3")
                .detail("zip of " + recommended.size() + " recommended dossiers"));
        AttachmentZip.write(zips.entries(scope, recommended), out);
    }
}
