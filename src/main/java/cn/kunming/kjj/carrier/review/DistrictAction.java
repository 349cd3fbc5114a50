package cn.kunming.kjj.carrier.review;

import cn.kunming.kjj.carrier.dossier.DossierStatus;

/** What a district officer may do with a submitted dossier (P4.3), and the state each leads to. */
public enum DistrictAction {
    RETURN(DossierStatus.RETURNED), RECOMMEND(DossierStatus.RECOMMENDED), NOT_RECOMMEND(DossierStatus.NOT_RECOMMENDED);

    private final DossierStatus leadsTo;

    DistrictAction(DossierStatus leadsTo) {
        this.leadsTo = leadsTo;
    }

    public DossierStatus leadsTo() {
        return leadsTo;
    }

    public String messageKey() {
        return "districtAction." + name();
    }
}
