package cn.kunming.kjj.carrier.expert;

import cn.kunming.kjj.carrier.common.AccountId;
import cn.kunming.kjj.carrier.common.UnitId;
import cn.kunming.kjj.carrier.common.ExpertId;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * What the review features may read of the expert pool, and the conflicts of interest experts declare there (P4.4). A
 * narrow interface at the feature's root: other features use it, never the feature's repositories.
 */
public interface Experts {

    List<Expert> findAll();

    Optional<Expert> findById(ExpertId id);

    Optional<Expert> findByAccount(AccountId accountId);

    /** Units with which the expert declared a relation. */
    List<UnitId> conflictUnits(ExpertId expertId);

    void insertConflict(ExpertId expertId, UnitId unitId, String note, LocalDateTime at, String by);
}
