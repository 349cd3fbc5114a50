package cn.kunming.kjj.carrier.dossier;

import java.util.EnumSet;
import java.util.Set;

/**
 * The states of DESIGN.md and the only moves between them: DRAFT → SUBMITTED → (RETURNED → SUBMITTED)* →
 * RECOMMENDED | NOT_RECOMMENDED → UNDER_EXPERT_REVIEW → REVIEWED → PROPOSED | REJECTED → IN_PUBLIC_NOTICE →
 * APPROVED | REJECTED; WITHDRAWN by the applicant before a decision. A notice the bureau withdraws returns its dossiers
 * from IN_PUBLIC_NOTICE to PROPOSED, to be listed again (decision 0036).
 */
public enum DossierStatus {
    DRAFT, SUBMITTED, RETURNED, RECOMMENDED, NOT_RECOMMENDED, UNDER_EXPERT_REVIEW, REVIEWED, PROPOSED, REJECTED,
    IN_PUBLIC_NOTICE, APPROVED, WITHDRAWN;

    /** Whether the applicant may edit the content now. */
    public boolean editable() {
        return this == DRAFT || this == RETURNED;
    }

    public boolean canMoveTo(DossierStatus next) {
        return successors().contains(next);
    }

    private Set<DossierStatus> successors() {
        return switch (this) {
            case DRAFT, RETURNED -> EnumSet.of(SUBMITTED, WITHDRAWN);
            case SUBMITTED -> EnumSet.of(RETURNED, RECOMMENDED, NOT_RECOMMENDED, WITHDRAWN);
            case RECOMMENDED -> EnumSet.of(UNDER_EXPERT_REVIEW, WITHDRAWN);
            case UNDER_EXPERT_REVIEW -> EnumSet.of(REVIEWED, WITHDRAWN);
            case REVIEWED -> EnumSet.of(PROPOSED, REJECTED, WITHDRAWN);
            case PROPOSED -> EnumSet.of(IN_PUBLIC_NOTICE);
            case IN_PUBLIC_NOTICE -> EnumSet.of(APPROVED, REJECTED, PROPOSED);
            case NOT_RECOMMENDED, REJECTED, APPROVED, WITHDRAWN -> EnumSet.noneOf(DossierStatus.class);
        };
    }

    /**
     * Whether the district has recommended the dossier (P4.3) and it has gone on from there: what an industry authority
     * of its field reads (P4.4, decision 0030). Not a dossier not recommended, nor one withdrawn.
     */
    public boolean recommendedOrLater() {
        return switch (this) {
            case RECOMMENDED, UNDER_EXPERT_REVIEW, REVIEWED, PROPOSED, REJECTED, IN_PUBLIC_NOTICE, APPROVED -> true;
            case DRAFT, SUBMITTED, RETURNED, NOT_RECOMMENDED, WITHDRAWN -> false;
        };
    }

    public String messageKey() {
        return "dossierStatus." + name();
    }
}
