package cn.kunming.kjj.carrier.review;

import cn.kunming.kjj.carrier.dossier.DossierStatus;

/** The bureau meeting's decision on a reviewed dossier (P4.4). */
public enum DecisionOutcome {
    PROPOSED(DossierStatus.PROPOSED), REJECTED(DossierStatus.REJECTED);

    private final DossierStatus leadsTo;

    DecisionOutcome(DossierStatus leadsTo) {
        this.leadsTo = leadsTo;
    }

    public DossierStatus leadsTo() {
        return leadsTo;
    }

    public String messageKey() {
        return "decisionOutcome." + name();
    }
}
