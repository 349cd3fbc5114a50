package cn.kunming.kjj.carrier.expertreview;

import org.jspecify.annotations.Nullable;
import java.time.LocalDateTime;

/**
 * An expert's view of one of its assignments before any content: enough to recognise a conflict of interest (the
 * unit and the name) and to know until when it may read the subject.
 */
public record MyReview(Assignment assignment, ReviewSubject subject, @Nullable LocalDateTime readableUntil) {
}
