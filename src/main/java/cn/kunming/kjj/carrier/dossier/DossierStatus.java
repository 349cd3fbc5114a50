package cn.kunming.kjj.carrier.dossier;

import java.util.EnumSet;
import java.util.Set;

/**
 * The states of DESIGN.md and the only moves between them: DRAFT → SUBMITTED → (RETURNED → SUBMITTED)* →
 * RECOMMENDED | NOT_RECOMMENDED → UNDER_EXPERT_REVIEW → REVIEWED → PROPOSED | REJECTED → IN_PUBLIC_NOTICE →
 * APPROVED | REJECTED; WITHDRAWN by the applicant before a decision.
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
            case IN_PUBLIC_NOTICE -> EnumSet.of(APPROVED, REJECTED);
            case NOT_RECOMMENDED, REJECTED, APPROVED, WITHDRAWN -> EnumSet.noneOf(DossierStatus.class);
        };
    }

    public String messageKey() {
        return "dossierStatus." + name();
    }
}
