package cn.kunming.kjj.carrier.review;

import cn.kunming.kjj.carrier.credit.CreditCheck;
import cn.kunming.kjj.carrier.credit.ListingEntry;
import cn.kunming.kjj.carrier.dossier.Dossier;
import cn.kunming.kjj.carrier.dossier.DossierVersion;
import cn.kunming.kjj.carrier.eligibility.EligibilityResult;
import org.jspecify.annotations.Nullable;

import java.util.List;

/**
 * Everything a district officer has side by side when judging a dossier (P4.3): the submitted version, how the
 * rules judge it (with the credit lists of the 12 months before its submission), the checklist, earlier actions, the
 * dates of the call's review and every credit check kept for it; and the district's checklist so far
 * ({@code draft}, null when it has judged nothing yet).
 */
public record ReviewWorkspace(Dossier dossier, String unitName, String unitCreditCode, DossierVersion version,
                              EligibilityResult evaluation, List<ChecklistEntry> checklist, List<DistrictReview> history,
                              ReviewSchedule schedule, List<CreditCheck> creditChecks, List<ListingEntry> listings,
                              @Nullable ChecklistDraft draft) {
}
