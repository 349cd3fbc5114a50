package cn.kunming.kjj.carrier.expertreview;

import org.jspecify.annotations.Nullable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/** The pure rules of a score sheet (P4.4): when it is complete, and its weighted total. */
public final class ScoreSheets {

    public static final int MAX_SCORE = 100;

    private ScoreSheets() {
    }

    /** What keeps the sheet from being submitted: each unscored or out-of-range criterion, comments, opinion. */
    public static List<Problem> problems(List<Criterion> criteria, ScoreSheet sheet) {
        List<Problem> problems = new ArrayList<>();
        for (Criterion c : criteria) {
            Integer score = sheet.scores().get(c.code());
            if (score == null) {
                problems.add(new Problem("score.missing", c));
            } else if (score < 0 || score > MAX_SCORE) {
                problems.add(new Problem("score.outOfRange", c));
            }
        }
        if (sheet.comments().isBlank()) {
            problems.add(new Problem("score.commentsMissing", null));
        }
        if (sheet.opinion() == null) {
            problems.add(new Problem("score.opinionMissing", null));
        }
        return problems;
    }

    /** Σ score × weight ÷ Σ weight, to two decimals (half up). */
    public static BigDecimal weighted(List<Criterion> criteria, ScoreSheet sheet) {
        long weights = criteria.stream().mapToLong(Criterion::weight).sum();
        long total = criteria.stream().mapToLong(c -> (long) sheet.scores().getOrDefault(c.code(), 0) * c.weight()).sum();
        return weights == 0 ? BigDecimal.ZERO.setScale(2)
                : BigDecimal.valueOf(total).divide(BigDecimal.valueOf(weights), 2, RoundingMode.HALF_UP);
    }

    /** A problem of a sheet; {@code criterion} is null for comments and opinion. */
    public record Problem(String key, @Nullable Criterion criterion) {
    }
}
