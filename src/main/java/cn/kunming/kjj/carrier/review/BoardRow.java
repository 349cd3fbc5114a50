package cn.kunming.kjj.carrier.review;

import cn.kunming.kjj.carrier.expertreview.ScoreSummary;
import cn.kunming.kjj.carrier.expertreview.Assignment;
import cn.kunming.kjj.carrier.dossier.DossierRow;

import java.util.List;

/**
 * A dossier on the bureau's review board: its experts, the summary of submitted sheets, and how many more experts
 * it needs (a released assignment asks for a replacement). The dossier is its list line, with the unit's credit code.
 */
public record BoardRow(DossierRow dossier, String unitName, List<Assignment> assignments, ScoreSummary summary,
                       int expertsNeeded) {

    public long activeExperts() {
        return assignments.stream().filter(a -> a.status().active()).count();
    }
}
