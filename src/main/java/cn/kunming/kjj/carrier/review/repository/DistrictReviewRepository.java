package cn.kunming.kjj.carrier.review.repository;

import cn.kunming.kjj.carrier.dossier.Dossier;
import cn.kunming.kjj.carrier.review.ChecklistDraft;
import cn.kunming.kjj.carrier.review.DistrictReview;
import cn.kunming.kjj.carrier.review.ReviewSchedule;
import cn.kunming.kjj.carrier.security.TenantScope;

import java.util.List;
import java.util.Optional;

/** District actions are tenant-owned (they carry the dossier's tenant and unit); schedules belong to the bureau. */
public interface DistrictReviewRepository {

    void insert(Dossier dossier, DistrictReview review);

    /** Oldest first. */
    List<DistrictReview> history(TenantScope scope, long dossierId);

    Optional<ReviewSchedule> schedule(long callId);

    void saveSchedule(ReviewSchedule schedule);

    Optional<ChecklistDraft> draft(TenantScope scope, long dossierId);

    void saveDraft(Dossier dossier, ChecklistDraft draft);

    void deleteDraft(long dossierId);
}
