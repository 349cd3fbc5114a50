package cn.kunming.kjj.carrier.dashboard.ui;

import org.jspecify.annotations.Nullable;
import cn.kunming.kjj.carrier.carrier.ui.CarrierListLink;
import cn.kunming.kjj.carrier.dashboard.Deadline;
import cn.kunming.kjj.carrier.dashboard.Drill;
import cn.kunming.kjj.carrier.dossier.ui.DossierListLink;

/** Where a click on a figure or a deadline goes. */
final class DrillLinks {

    private DrillLinks() {
    }

    static String href(Drill drill) {
        return switch (drill) {
            case Drill.Dossiers d -> DossierListLink.href(d.filter());
            case Drill.Carriers c -> CarrierListLink.href(c.filter());
        };
    }

    /** The page where the deadline is acted on, for the reader's role; null when that role has none. */
    static @Nullable String href(Deadline d, boolean bureau) {
        return switch (d.kind()) {
            case REPORT_DUE -> "reports";
            case CHANGE_FILING_DUE -> "changes/" + d.targetId();
            case NOTICE_ENDS -> bureau ? "bureau/notices" : "notice/" + d.targetId();
            case RECOMMEND_BY -> bureau ? "bureau/review" : "district/review";
            case REVIEW_BY -> bureau ? "bureau/review" : null;
        };
    }
}
