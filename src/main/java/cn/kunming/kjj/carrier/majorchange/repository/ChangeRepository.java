package cn.kunming.kjj.carrier.majorchange.repository;

import cn.kunming.kjj.carrier.common.UnitId;
import cn.kunming.kjj.carrier.common.TenantId;
import cn.kunming.kjj.carrier.majorchange.ChangeDecision;
import cn.kunming.kjj.carrier.majorchange.MajorChange;
import cn.kunming.kjj.carrier.majorchange.ChangeDraft;
import cn.kunming.kjj.carrier.security.TenantScope;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/** Changes carry the carrier's tenant and unit and are read in scope. */
public interface ChangeRepository {

    long insert(ChangeDraft change, UnitId unitId, TenantId tenant, LocalDate dueOn, boolean dueEstimated, String by,
                LocalDateTime at);

    List<MajorChange> find(TenantScope scope);

    Optional<MajorChange> findById(TenantScope scope, long id);

    boolean districtOpinion(TenantScope scope, long id, int version, String opinion, String by, LocalDateTime at);

    boolean decide(TenantScope scope, long id, int version, boolean stillEligible, String ruleSetVersion,
                   ChangeDecision decision, String reason, String by, LocalDateTime at);

    /** Applies a new name, credit code or head to the unit, keeping the old value in its history. */
    void changeUnit(UnitId unitId, TenantId tenant, String field, String oldValue, String newValue, LocalDate on,
                    String reason, String by, LocalDateTime at);
}
