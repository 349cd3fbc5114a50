package cn.kunming.kjj.carrier.expertreview.repository;

import cn.kunming.kjj.carrier.common.ExpertId;
import org.jspecify.annotations.Nullable;
import cn.kunming.kjj.carrier.common.CarrierKind;
import cn.kunming.kjj.carrier.expertreview.Assignment;
import cn.kunming.kjj.carrier.expertreview.AssignmentStatus;
import cn.kunming.kjj.carrier.expertreview.Assignments;
import cn.kunming.kjj.carrier.expertreview.Criterion;
import cn.kunming.kjj.carrier.expertreview.ReviewSubject;
import cn.kunming.kjj.carrier.expertreview.ScoreSheet;
import cn.kunming.kjj.carrier.expertreview.RecordedDraw;
import cn.kunming.kjj.carrier.expertreview.Subject;
import cn.kunming.kjj.carrier.security.TenantScope;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every expert's assignment, whatever it reviews. Assignments carry their subject's tenant and unit: officers read
 * them in scope. An expert reads its own by its expert id, which the service takes from the signed-in account, never
 * from a request.
 */
public interface AssignmentRepository extends Assignments {

    long insert(ReviewSubject subject, ExpertId expertId, String by, LocalDateTime at);

    List<Assignment> of(TenantScope scope, Subject subject);

    Optional<Assignment> findById(TenantScope scope, long id);

    List<Assignment> ofExpert(ExpertId expertId);

    /** The expert's latest assignment on the subject. */
    Optional<Assignment> ofExpert(ExpertId expertId, Subject subject);

    boolean changeStatus(long id, int version, AssignmentStatus from, AssignmentStatus to, LocalDateTime at,
                         @Nullable String reason);

    boolean saveSheet(long id, int version, ScoreSheet sheet);

    boolean submitSheet(long id, int version, ScoreSheet sheet, BigDecimal weighted, LocalDateTime at);

    List<Criterion> criteria(CarrierKind kind);

    void replaceCriteria(CarrierKind kind, List<Criterion> criteria);

    /** How many assignments each expert holds open (assigned or accepted, on any subject). */
    Map<ExpertId, Integer> openLoads();

    long insertDraw(Subject subject, long seed, String candidates, List<ExpertId> chosen, boolean widened, String by,
                    LocalDateTime at);

    List<RecordedDraw> draws(Subject subject);

    /** Whether an expert still holds an unsubmitted assignment on a subject of the kind. */
    boolean openOfKind(CarrierKind kind);
}
