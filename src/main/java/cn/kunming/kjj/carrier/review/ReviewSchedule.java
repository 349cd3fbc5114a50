package cn.kunming.kjj.carrier.review;

import cn.kunming.kjj.carrier.common.CallId;
import org.jspecify.annotations.Nullable;
import java.time.LocalDate;

/** The bureau's dates for a call: districts recommend by one (P4.3), experts finish by the other (P4.4). */
public record ReviewSchedule(CallId callId, @Nullable LocalDate recommendBy, @Nullable LocalDate reviewBy) {

    public static ReviewSchedule none(CallId callId) {
        return new ReviewSchedule(callId, null, null);
    }
}
