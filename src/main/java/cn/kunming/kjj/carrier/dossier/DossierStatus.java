package cn.kunming.kjj.carrier.dossier;

/** The states of DESIGN.md; this part of the portal moves a dossier from DRAFT to SUBMITTED (and back on return). */
public enum DossierStatus {
    DRAFT, SUBMITTED, RETURNED, RECOMMENDED, NOT_RECOMMENDED, UNDER_EXPERT_REVIEW, REVIEWED, PROPOSED, REJECTED,
    IN_PUBLIC_NOTICE, APPROVED, WITHDRAWN;

    /** Whether the applicant may edit the content now. */
    public boolean editable() {
        return this == DRAFT || this == RETURNED;
    }

    public String messageKey() {
        return "dossierStatus." + name();
    }
}
