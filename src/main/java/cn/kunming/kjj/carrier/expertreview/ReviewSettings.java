package cn.kunming.kjj.carrier.expertreview;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.util.List;

/**
 * The configurable figures of expert review (P4.4): experts per dossier, how long an expert may still read a
 * dossier after submitting its sheet, and the spread of totals beyond which experts are said to disagree.
 */
@Component
public class ReviewSettings {

    private final int expertsPerDossier;
    private final int readableDaysAfterSubmission;
    private final BigDecimal disagreementSpread;

    ReviewSettings(@Value("${portal.review.experts-per-dossier:3}") int expertsPerDossier,
                   @Value("${portal.review.readable-days-after-submission:7}") int readableDaysAfterSubmission,
                   @Value("${portal.review.disagreement-spread:20}") BigDecimal disagreementSpread) {
        if (expertsPerDossier < 1 || readableDaysAfterSubmission < 0 || disagreementSpread.signum() < 0) {
            throw new IllegalArgumentException("portal.review.* must be positive");
        }
        this.expertsPerDossier = expertsPerDossier;
        this.readableDaysAfterSubmission = readableDaysAfterSubmission;
        this.disagreementSpread = disagreementSpread;
    }

    public int expertsPerDossier() {
        return expertsPerDossier;
    }

    public int readableDaysAfterSubmission() {
        return readableDaysAfterSubmission;
    }

    public BigDecimal disagreementSpread() {
        return disagreementSpread;
    }

    /** How many more experts a subject with these assignments needs to reach the configured number. */
    public int stillNeeded(List<Assignment> ofOneSubject) {
        long active = ofOneSubject.stream().filter(a -> a.status().active()).count();
        return (int) Math.max(0, expertsPerDossier - active);
    }

    /** The summary of one subject's submitted sheets. */
    public ScoreSummary summary(List<Assignment> ofOneSubject) {
        return ScoreSummary.of(ofOneSubject.stream().filter(a -> a.status() == AssignmentStatus.SUBMITTED)
                .map(Assignment::weightedScore).toList(), disagreementSpread);
    }
}
