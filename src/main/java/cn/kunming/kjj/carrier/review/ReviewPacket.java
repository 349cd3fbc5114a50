package cn.kunming.kjj.carrier.review;

import cn.kunming.kjj.carrier.dossier.DossierVersion;
import cn.kunming.kjj.carrier.eligibility.EligibilityResult;

import java.util.List;

/** What an expert who declared no conflict reviews: the submitted version, the rules' verdict and its sheet. */
public record ReviewPacket(MyReview review, DossierVersion version, EligibilityResult evaluation, List<Criterion> criteria) {
}
