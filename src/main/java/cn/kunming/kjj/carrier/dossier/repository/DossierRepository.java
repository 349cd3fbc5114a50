package cn.kunming.kjj.carrier.dossier.repository;

import cn.kunming.kjj.carrier.common.UnitId;
import cn.kunming.kjj.carrier.common.CallId;
import cn.kunming.kjj.carrier.common.DossierId;
import cn.kunming.kjj.carrier.dossier.Dossiers;
import cn.kunming.kjj.carrier.common.CarrierKind;
import cn.kunming.kjj.carrier.common.TenantId;
import cn.kunming.kjj.carrier.dossier.Attachment;
import cn.kunming.kjj.carrier.dossier.Dossier;
import cn.kunming.kjj.carrier.dossier.DossierContent;
import cn.kunming.kjj.carrier.dossier.DossierFilter;
import cn.kunming.kjj.carrier.dossier.DossierRow;
import cn.kunming.kjj.carrier.dossier.DossierSort;
import cn.kunming.kjj.carrier.dossier.DossierStatus;
import cn.kunming.kjj.carrier.dossier.DossierVersion;
import cn.kunming.kjj.carrier.security.TenantScope;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Dossiers are tenant-owned: every read and write takes the caller's scope. */
public interface DossierRepository extends Dossiers {

    List<Dossier> filtered(TenantScope scope, DossierFilter filter);

    /** The list's lines of these dossiers, as far as they are in scope (the rows a reader selected). */
    List<DossierRow> rowsById(TenantScope scope, Collection<DossierId> ids);

    /** The industry fields submitted dossiers in scope name, in order, at most {@code most}. */
    List<String> fields(TenantScope scope, int most);

    Optional<DossierId> findId(CallId callId, UnitId unitId, CarrierKind kind);

    DossierId insert(CallId callId, UnitId unitId, TenantId tenant, CarrierKind kind, DossierContent content,
                LocalDateTime at, String by);

    /** Saves the draft when the version matches, the dossier is in scope and still editable. */
    boolean saveContent(TenantScope scope, DossierId id, int version, DossierContent content, LocalDateTime at, String by);

    /** Locks the content as submitted version {@code number}. */
    boolean submit(TenantScope scope, DossierId id, int version, DossierVersion submitted);

    long insertAttachment(Dossier dossier, @Nullable String requirementCode, String fileName, String contentType, long size,
                          String sha256, String by, LocalDateTime at);

    List<Attachment> attachments(TenantScope scope, DossierId dossierId);

    /** How many attachments a dossier holds (removed ones not counted), and their bytes together. */
    record AttachmentLoad(int count, long bytes) {
    }

    /**
     * The dossier's attachment load; with {@code lock}, the dossier's row is held until the transaction ends, so that
     * uploads to one dossier in parallel take turns between reading the load and adding to it.
     */
    AttachmentLoad attachmentLoad(DossierId dossierId, boolean lock);

    /** Marks a draft's attachment as removed (the row stays, as the audit trail may name it). */
    boolean removeAttachment(TenantScope scope, DossierId dossierId, long attachmentId);
}
