package cn.kunming.kjj.carrier.dashboard;

import org.jspecify.annotations.Nullable;
import cn.kunming.kjj.carrier.common.CallId;
import java.util.List;

/** One call's dossiers by the stage they have reached, submitted to approved (in the order of the stages). */
public record Pipeline(CallId callId, String callTitle, int callYear, List<Figure> stages) {

    public Pipeline {
        stages = List.copyOf(stages);
    }

    /** Per cent of the previous stage that reached stage {@code i}; null for the first stage or an empty one. */
    public @Nullable Integer conversion(int i) {
        if (i == 0 || stages.get(i - 1).count() == 0) {
            return null;
        }
        return Math.toIntExact(Math.round(100.0 * stages.get(i).count() / stages.get(i - 1).count()));
    }
}
