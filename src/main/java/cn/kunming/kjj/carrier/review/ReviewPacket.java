package cn.kunming.kjj.carrier.review;

import cn.kunming.kjj.carrier.dossier.DossierVersion;
import cn.kunming.kjj.carrier.eligibility.EligibilityResult;

/** What an expert who declared no conflict reads of a dossier: the submitted version and the rules' verdict. */
public record ReviewPacket(DossierVersion version, EligibilityResult evaluation) {
}
