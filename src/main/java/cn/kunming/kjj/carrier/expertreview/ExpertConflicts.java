package cn.kunming.kjj.carrier.expertreview;

import cn.kunming.kjj.carrier.common.UnitId;
import cn.kunming.kjj.carrier.expert.Expert;
import cn.kunming.kjj.carrier.tenant.HostUnit;

import java.util.Collection;
import java.util.Optional;

/**
 * Why an expert may not review a unit's dossier (P4.4), as a pure rule: not active; from the applicant's own unit
 * (same credit code, or the same name when the pool has no code); a relation it declared with the unit; already on
 * the dossier.
 */
public final class ExpertConflicts {

    private ExpertConflicts() {
    }

    public static Optional<String> reason(Expert expert, HostUnit unit, Collection<UnitId> declaredUnits,
                                          boolean alreadyOnDossier) {
        if (!expert.active()) {
            return Optional.of("review.expertInactive");
        }
        boolean sameCode = expert.affiliationCreditCode() != null
                && expert.affiliationCreditCode().equals(unit.creditCode());
        boolean sameName = expert.affiliation().replaceAll("\\s", "").equals(unit.name().replaceAll("\\s", ""));
        if (sameCode || sameName) {
            return Optional.of("review.expertSameUnit");
        }
        if (declaredUnits.contains(unit.id())) {
            return Optional.of("review.expertDeclaredRelation");
        }
        if (alreadyOnDossier) {
            return Optional.of("review.expertAlreadyAssigned");
        }
        return Optional.empty();
    }
}
