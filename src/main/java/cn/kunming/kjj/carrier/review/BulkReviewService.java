package cn.kunming.kjj.carrier.review;

import cn.kunming.kjj.carrier.dossier.FailedRules;
import cn.kunming.kjj.carrier.dossier.RuleAcknowledgement;
import org.jspecify.annotations.Nullable;
import cn.kunming.kjj.carrier.common.BulkItem;
import cn.kunming.kjj.carrier.common.BulkOutcome;
import cn.kunming.kjj.carrier.common.DossierId;
import cn.kunming.kjj.carrier.common.PortalException;
import cn.kunming.kjj.carrier.dossier.Dossier;
import cn.kunming.kjj.carrier.dossier.Dossiers;
import cn.kunming.kjj.carrier.eligibility.Outcome;
import cn.kunming.kjj.carrier.expert.Expert;
import cn.kunming.kjj.carrier.security.Access;
import cn.kunming.kjj.carrier.security.CurrentUser;
import cn.kunming.kjj.carrier.security.TenantScope;
import cn.kunming.kjj.carrier.tenant.HostUnit;
import cn.kunming.kjj.carrier.tenant.HostUnits;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Acting on many dossiers at once (issue 25): the district recommends or returns the selected dossiers with one
 * opinion (P4.3), the bureau draws experts for the selected dossiers by field (P4.4). Each dossier goes through the
 * same single-item action the review page uses — with its scope, status, checklist, credit and conflict checks, and its
 * own audit event — in a transaction of its own, so that a dossier refused (locked, out of status, a credit hit, too
 * few experts) stops no other; the outcome names each one with its reason.
 * <p>
 * Deliberately without a transaction of its own: each item's action opens and commits its own. Called inside another
 * transaction (a test's), the items join it instead.
 */
@Service
public class BulkReviewService {

    private final RecommendationService recommendations;
    private final ReviewAssignmentService assignments;
    private final Dossiers dossiers;
    private final HostUnits units;
    private final CurrentUser currentUser;

    BulkReviewService(RecommendationService recommendations, ReviewAssignmentService assignments, Dossiers dossiers,
                      HostUnits units, CurrentUser currentUser) {
        this.recommendations = recommendations;
        this.assignments = assignments;
        this.dossiers = dossiers;
        this.units = units;
        this.currentUser = currentUser;
    }

    /**
     * 批量推荐 (P4.3): each selected dossier that waits for the district is recommended with the one opinion. Its
     * checklist is what the district judged on its page, every item not judged there taken as present (齐全), as the
     * confirmation says; a dossier with a problem judged stays unrecommended. A recommended dossier that fails rules of
     * Art. 2–3 says which beside it.
     */
    @PreAuthorize(Access.DISTRICT)
    public BulkOutcome recommend(List<DossierId> dossierIds, String opinion) {
        return recommend(dossierIds, opinion, RuleAcknowledgement.none());
    }

    /**
     * 批量推荐 after the district was shown the rules each dossier fails ({@link #failedRules}): a dossier is recommended
     * despite exactly the rules shown for it, and the acknowledgement is recorded with its recommendation (issue 25,
     * part 4); one that fails a rule not shown (its facts or the credit lists changed meanwhile) is refused, saying so.
     */
    @PreAuthorize(Access.DISTRICT)
    public BulkOutcome recommend(List<DossierId> dossierIds, String opinion, RuleAcknowledgement seen) {
        String said = requireOpinion(opinion);
        return each(dossierIds, id -> {
            ReviewWorkspace w = recommendations.workspace(id);
            recommendations.decide(id, DistrictAction.RECOMMEND, judged(w, null, said), said, null, seen);
            List<String> failed = w.evaluation().results().stream().filter(r -> r.outcome() == Outcome.FAIL)
                    .map(r -> r.rule()).toList();
            return failed.isEmpty() ? BulkItem.done(id.value(), subject(w), "bulk.recommended")
                    : BulkItem.done(id.value(), subject(w), "bulk.recommendedDespiteRules", String.join("、", failed));
        });
    }

    /**
     * The rules of Art. 2–3 that each selected dossier fails today, as its own review page shows them: what 批量推荐
     * lists before it asks. Dossiers that pass, or that the district can no longer act on, are not listed (the latter
     * are refused with their reason when the action runs).
     */
    @PreAuthorize(Access.DISTRICT)
    public Map<DossierId, List<String>> failedRules(List<DossierId> dossierIds) {
        Map<DossierId, List<String>> failing = new LinkedHashMap<>();
        for (DossierId id : BulkOutcome.checked(dossierIds == null ? List.of() : dossierIds)) {
            try {
                List<String> failed = FailedRules.failed(recommendations.workspace(id).evaluation());
                if (!failed.isEmpty()) {
                    failing.put(id, failed);
                }
            } catch (PortalException notActionable) {
                // refused with its reason in the outcome
            }
        }
        return failing;
    }

    /**
     * 批量退回修改 (P4.3): each selected dossier that waits for the district is returned with the one opinion as the
     * reason of the checklist item named, and one date for resubmission; the items judged on its page are kept.
     */
    @PreAuthorize(Access.DISTRICT)
    public BulkOutcome returnForRevision(List<DossierId> dossierIds, String item, String opinion, LocalDate revisionDue) {
        String said = requireOpinion(opinion);
        if (item == null || !ChecklistEntry.SECTIONS.contains(item)) {
            throw new PortalException("bulk.returnItemMissing");
        }
        return each(dossierIds, id -> {
            ReviewWorkspace w = recommendations.workspace(id);
            recommendations.decide(id, DistrictAction.RETURN, judged(w, item, said), said, revisionDue);
            return BulkItem.done(id.value(), subject(w), "bulk.returned", revisionDue);
        });
    }

    /**
     * 批量派专家 (P4.4): fills each selected dossier up to the panel by the random draw of its field, exactly as its
     * own button on the board; a dossier that already has its experts is left as it is and said so. Never widens beyond
     * a field: that stays a question asked per dossier.
     */
    @PreAuthorize(Access.BUREAU)
    public BulkOutcome drawExperts(List<DossierId> dossierIds) {
        return each(dossierIds, id -> {
            DrawnExperts drawn = assignments.propose(id, false);
            String subject = subject(currentUser.scope(), id);
            return drawn.draw() == null ? BulkItem.done(id.value(), subject, "bulk.expertsComplete")
                    : BulkItem.done(id.value(), subject, "bulk.expertsDrawn", drawn.experts().stream()
                    .map(Expert::name).collect(Collectors.joining("、")), String.valueOf(drawn.draw().id()));
        });
    }

    private BulkOutcome each(List<DossierId> dossierIds, Function<DossierId, BulkItem> action) {
        List<DossierId> ids = BulkOutcome.checked(dossierIds == null ? List.of() : dossierIds);
        List<BulkItem> items = new ArrayList<>(ids.size());
        for (DossierId id : ids) {
            try {
                items.add(action.apply(id));
            } catch (PortalException refused) {
                items.add(BulkItem.refused(id.value(), subject(currentUser.scope(), id), refused));
            }
        }
        return new BulkOutcome(items);
    }

    /**
     * The checklist as judged on the dossier's page, each item not judged there present; for a return, the item named
     * is the problem, with the opinion as its reason (a problem judged there keeps its own note).
     */
    private static List<ChecklistItem> judged(ReviewWorkspace w, @Nullable String problem, String opinion) {
        Map<String, ChecklistItem> draft = w.draft() == null ? Map.of() : w.draft().items().stream()
                .collect(Collectors.toMap(ChecklistItem::code, i -> i, (a, b) -> b));
        return w.checklist().stream().map(entry -> {
            ChecklistItem kept = draft.get(entry.code());
            if (entry.code().equals(problem) && (kept == null || kept.verdict() != Verdict.PROBLEM)) {
                return new ChecklistItem(entry.code(), Verdict.PROBLEM, opinion.length() > RecommendationService.MAX_NOTE
                        ? opinion.substring(0, RecommendationService.MAX_NOTE) : opinion);
            }
            return kept != null && kept.verdict() != null ? kept : new ChecklistItem(entry.code(), Verdict.PRESENT, "");
        }).toList();
    }

    private static String requireOpinion(String opinion) {
        if (opinion == null || opinion.isBlank()) {
            throw new PortalException("review.opinionMissing");
        }
        if (opinion.length() > RecommendationService.MAX_OPINION) {
            throw new PortalException("review.opinionTooLong", RecommendationService.MAX_OPINION);
        }
        return opinion.strip();
    }

    private static String subject(ReviewWorkspace w) {
        return w.unitName() + " · " + w.version().content().facts().name();
    }

    /** The unit and name of a dossier in scope; only its number when it is not, so a refusal names nothing hidden. */
    private String subject(TenantScope scope, DossierId id) {
        return dossiers.findById(scope, id).map(d -> units.findById(scope, d.unitId()).map(HostUnit::name)
                .orElse("#" + d.unitId()) + " · " + name(d)).orElse("#" + id.value());
    }

    private static String name(Dossier d) {
        return d.content().facts() == null || d.content().facts().name() == null ? "#" + d.id()
                : d.content().facts().name();
    }
}
