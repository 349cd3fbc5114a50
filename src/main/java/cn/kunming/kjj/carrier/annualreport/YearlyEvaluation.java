package cn.kunming.kjj.carrier.annualreport;

import cn.kunming.kjj.carrier.common.CarrierId;
import java.math.BigDecimal;
import java.time.LocalDateTime;

/** The bureau's performance evaluation of a carrier for one year (M5.1), published to the carrier. */
public record YearlyEvaluation(long id, CarrierId carrierId, int year, BigDecimal score, EvaluationResult result, String comment,
                         String decidedBy, LocalDateTime decidedAt) {
}
