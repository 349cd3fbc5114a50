package cn.kunming.kjj.carrier.expertreview;

import org.jspecify.annotations.Nullable;
import java.util.Map;

/** An expert's on-site score sheet (P4.4): a score 0–100 per criterion code, comments and a recommendation. */
public record ScoreSheet(Map<String, Integer> scores, String comments, @Nullable ExpertOpinion opinion) {

    public ScoreSheet {
        scores = scores == null ? Map.of() : Map.copyOf(scores);
        comments = comments == null ? "" : comments.strip();
    }

    public static ScoreSheet empty() {
        return new ScoreSheet(Map.of(), "", null);
    }
}
