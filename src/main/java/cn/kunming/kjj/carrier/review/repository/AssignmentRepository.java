package cn.kunming.kjj.carrier.review.repository;

import cn.kunming.kjj.carrier.review.ScoreCriteria;
import cn.kunming.kjj.carrier.common.CarrierKind;
import cn.kunming.kjj.carrier.dossier.Dossier;
import cn.kunming.kjj.carrier.review.Assignment;
import cn.kunming.kjj.carrier.review.AssignmentStatus;
import cn.kunming.kjj.carrier.review.Criterion;
import cn.kunming.kjj.carrier.review.ScoreSheet;
import cn.kunming.kjj.carrier.security.TenantScope;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * Assignments carry the dossier's tenant and unit: officers read them in scope. An expert reads its own by its
 * expert id, which its service takes from the signed-in account, never from a request.
 */
public interface AssignmentRepository extends ScoreCriteria {

    long insert(Dossier dossier, long expertId, String by, LocalDateTime at);

    List<Assignment> ofDossier(TenantScope scope, long dossierId);

    /** Every assignment on the dossiers of a call, in scope, ordered by dossier then assignment. */
    List<Assignment> ofCall(TenantScope scope, long callId);

    Optional<Assignment> findById(TenantScope scope, long id);

    List<Assignment> ofExpert(long expertId);

    /** The expert's latest assignment on the dossier. */
    Optional<Assignment> ofExpert(long expertId, long dossierId);

    boolean changeStatus(long id, int version, AssignmentStatus from, AssignmentStatus to, LocalDateTime at,
                         String reason);

    boolean saveSheet(long id, int version, ScoreSheet sheet);

    boolean submitSheet(long id, int version, ScoreSheet sheet, BigDecimal weighted, LocalDateTime at);

    void replaceCriteria(CarrierKind kind, List<Criterion> criteria);

    /** Whether any dossier of the kind is being reviewed (its criteria must then stay as they are). */
    boolean reviewInProgress(CarrierKind kind);
}
