package cn.kunming.kjj.carrier.review.repository;

import cn.kunming.kjj.carrier.common.CallId;
import cn.kunming.kjj.carrier.common.DossierId;
import cn.kunming.kjj.carrier.dossier.Dossier;
import cn.kunming.kjj.carrier.review.ChecklistDraft;
import cn.kunming.kjj.carrier.review.DistrictReview;
import cn.kunming.kjj.carrier.review.ReviewSchedule;
import cn.kunming.kjj.carrier.security.TenantScope;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import cn.kunming.kjj.carrier.review.DistrictAction;
import java.util.Optional;

/** District actions are tenant-owned (they carry the dossier's tenant and unit); schedules belong to the bureau. */
public interface DistrictReviewRepository {

    void insert(Dossier dossier, DistrictReview review);

    /** Oldest first. */
    List<DistrictReview> history(TenantScope scope, DossierId dossierId);

    /** The district's latest action on each of these dossiers that has one, in scope (a page of the inbox). */
    Map<DossierId, DistrictAction> lastActions(TenantScope scope, Collection<DossierId> dossierIds);

    Optional<ReviewSchedule> schedule(CallId callId);

    void saveSchedule(ReviewSchedule schedule);

    Optional<ChecklistDraft> draft(TenantScope scope, DossierId dossierId);

    void saveDraft(Dossier dossier, ChecklistDraft draft);

    void deleteDraft(DossierId dossierId);
}
