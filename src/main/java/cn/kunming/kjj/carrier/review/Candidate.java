package cn.kunming.kjj.carrier.review;

import cn.kunming.kjj.carrier.expert.Expert;

/**
 * An expert who may review a dossier, with how many of the dossier's fields it covers and how many reviews it has open
 * (its load, which the random draw weighs).
 */
public record Candidate(Expert expert, long fieldMatches, int load) {
}
