package cn.kunming.kjj.carrier.review;

import cn.kunming.kjj.carrier.dossier.DossierVersion;
import cn.kunming.kjj.carrier.eligibility.Evaluation;

import java.util.List;

/** What an expert who declared no conflict reviews: the submitted version, the rules' verdict and its sheet. */
public record ReviewPacket(MyReview review, DossierVersion version, Evaluation evaluation, List<Criterion> criteria) {
}
