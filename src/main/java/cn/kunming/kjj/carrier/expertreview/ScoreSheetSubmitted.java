package cn.kunming.kjj.carrier.expertreview;

/** Published in the submitting transaction: the subject's feature decides whether its review is now complete. */
public record ScoreSheetSubmitted(ReviewSubject subject) {
}
