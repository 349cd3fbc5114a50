package cn.kunming.kjj.carrier.expertreview;

import cn.kunming.kjj.carrier.common.ExpertId;

import java.time.LocalDateTime;
import java.util.List;

/**
 * A draw as kept on record: whom it drew for, from which candidates (with field and load, see
 * {@link ExpertDraw#describe}), with which seed, and whom it chose. {@link #replay} draws again from the same.
 */
public record RecordedDraw(long id, Subject subject, long seed, String candidates, List<ExpertId> chosen,
                           boolean widened, String drawnBy, LocalDateTime drawnAt) {

    /** The experts the same seed draws from the same candidates: equal to {@link #chosen} for an untouched record. */
    public List<ExpertId> replay() {
        return ExpertDraw.draw(ExpertDraw.parse(candidates), chosen.size(), seed);
    }
}
