package cn.kunming.kjj.carrier.review;

import java.time.LocalDate;

/** The bureau's dates for a call: districts recommend by one (P4.3), experts finish by the other (P4.4). */
public record ReviewSchedule(long callId, LocalDate recommendBy, LocalDate reviewBy) {

    public static ReviewSchedule none(long callId) {
        return new ReviewSchedule(callId, null, null);
    }
}
