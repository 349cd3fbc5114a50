package cn.kunming.kjj.carrier.review;

import cn.kunming.kjj.carrier.expert.Expert;
import cn.kunming.kjj.carrier.expertreview.RecordedDraw;

import org.jspecify.annotations.Nullable;

import java.util.List;

/**
 * The experts a random draw put on a dossier, with the draw as recorded (its number and seed); no draw when the dossier
 * needed no more experts.
 */
public record DrawnExperts(List<Expert> experts, @Nullable RecordedDraw draw) {

    static DrawnExperts none() {
        return new DrawnExperts(List.of(), null);
    }
}
