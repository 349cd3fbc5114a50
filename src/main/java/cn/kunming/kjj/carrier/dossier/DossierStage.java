package cn.kunming.kjj.carrier.dossier;

import java.util.EnumSet;
import java.util.Set;

/**
 * How far a dossier has come along the pipeline of DESIGN.md, read from its present state: a dossier that is now
 * UNDER_EXPERT_REVIEW has been submitted and recommended. REJECTED follows the expert review (the decision or an
 * upheld objection), so it counts as reviewed but not as proposed.
 */
public enum DossierStage {
    SUBMITTED(EnumSet.range(DossierStatus.SUBMITTED, DossierStatus.APPROVED)),
    RECOMMENDED(without(EnumSet.range(DossierStatus.RECOMMENDED, DossierStatus.APPROVED), DossierStatus.NOT_RECOMMENDED)),
    REVIEWED(EnumSet.range(DossierStatus.REVIEWED, DossierStatus.APPROVED)),
    PROPOSED(EnumSet.of(DossierStatus.PROPOSED, DossierStatus.IN_PUBLIC_NOTICE, DossierStatus.APPROVED)),
    APPROVED(EnumSet.of(DossierStatus.APPROVED));

    private final Set<DossierStatus> statuses;

    DossierStage(Set<DossierStatus> statuses) {
        this.statuses = statuses;
    }

    /** The present states of the dossiers that have reached this stage. */
    public Set<DossierStatus> statuses() {
        return EnumSet.copyOf(statuses);
    }

    private static Set<DossierStatus> without(EnumSet<DossierStatus> set, DossierStatus left) {
        set.remove(left);
        return set;
    }

    public String messageKey() {
        return "dossierStage." + name();
    }
}
