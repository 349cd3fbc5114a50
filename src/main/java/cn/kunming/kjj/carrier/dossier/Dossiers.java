package cn.kunming.kjj.carrier.dossier;

import cn.kunming.kjj.carrier.common.CallId;
import cn.kunming.kjj.carrier.common.ExpertId;
import cn.kunming.kjj.carrier.common.DossierId;
import cn.kunming.kjj.carrier.common.CarrierKind;
import cn.kunming.kjj.carrier.security.TenantScope;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What the features that review, publish and terminate may read of dossiers, and the moves of status they make. A
 * narrow interface at the feature's root: other features use it, never the feature's repositories.
 */
public interface Dossiers {

    Optional<Dossier> findById(TenantScope scope, DossierId id);

    List<Dossier> find(TenantScope scope, @Nullable CallId callId);

    List<DossierVersion> versions(TenantScope scope, DossierId dossierId);

    /** One page of the list's lines in scope, in the given order (no content documents are read). */
    List<DossierRow> rows(TenantScope scope, DossierFilter filter, DossierSort sort, int offset, int limit);

    int count(TenantScope scope, DossierFilter filter);

    /** The calls with a dossier in scope in one of these states. */
    Set<CallId> callsWith(TenantScope scope, Collection<DossierStatus> statuses);

    /**
     * Moves a dossier in scope from one state to the next, setting (or clearing) the resubmission deadline; false
     * when it is not in scope or no longer in {@code from}. Whether the move is legal is the caller's check.
     */
    boolean moveStatus(TenantScope scope, DossierId id, DossierStatus from, DossierStatus to,
                       @Nullable LocalDate revisionDue);

    /** Whether any dossier of the kind is in the status, wherever it is. */
    boolean anyOfKindIn(CarrierKind kind, DossierStatus status);

    /**
     * An expert reads through its assignment, not through a tenant scope: this finds a version only when one of the
     * expert's assignments names the dossier. Whether that assignment still grants reading is the caller's check.
     */
    Optional<DossierVersion> latestVersionAssignedTo(ExpertId expertId, DossierId dossierId);

    /**
     * An industry authority reads through its fields, not through a tenant scope (decision 0030): the dossiers of
     * these industry fields that the district has recommended and that went on from there
     * ({@link DossierStatus#recommendedOrLater()}), newest first. No fields, no dossiers.
     */
    List<DossierRow> recommendedInFields(Collection<String> fields);

    /** One dossier of {@link #recommendedInFields}; empty when it is not among them. */
    Optional<Dossier> findRecommendedInFields(Collection<String> fields, DossierId id);

    /** The latest submitted version of a dossier of {@link #recommendedInFields}; empty when it is not among them. */
    Optional<DossierVersion> latestVersionRecommendedInFields(Collection<String> fields, DossierId id);
}
