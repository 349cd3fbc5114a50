package cn.kunming.kjj.carrier.annualreport;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/** The bureau's performance evaluation of a carrier for one year (M5.1), published to the carrier. */
public record YearlyEvaluation(long id, long carrierId, int year, BigDecimal score, EvaluationResult result, String comment,
                         String decidedBy, LocalDateTime decidedAt) {
}
