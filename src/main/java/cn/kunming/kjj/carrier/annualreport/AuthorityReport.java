package cn.kunming.kjj.carrier.annualreport;

import org.jspecify.annotations.Nullable;

/**
 * A submitted yearly report of a carrier in an industry authority's fields, as the authority sees it (M5.1).
 *
 * @param evaluated whether the bureau has recorded the year's evaluation: then remarks are closed
 * @param myRemark  the authority's own remark, once given
 */
public record AuthorityReport(AnnualReport report, String industryField, boolean evaluated,
                              @Nullable EvaluationRemark myRemark) {

    /** What waits for the authority: no remark of its own yet, and the year not yet evaluated. */
    public boolean awaitsRemark() {
        return !evaluated && myRemark == null;
    }
}
