package cn.kunming.kjj.carrier.review.ui;

import cn.kunming.kjj.carrier.common.CallId;
import cn.kunming.kjj.carrier.common.SearchTerm;
import cn.kunming.kjj.carrier.common.ui.ListSearch;
import cn.kunming.kjj.carrier.common.ui.QueryParams;
import cn.kunming.kjj.carrier.dossier.DossierFilter;
import cn.kunming.kjj.carrier.dossier.DossierSort;
import cn.kunming.kjj.carrier.dossier.DossierStage;
import cn.kunming.kjj.carrier.dossier.DossierStatus;
import com.vaadin.flow.router.QueryParameters;
import org.jspecify.annotations.Nullable;

import java.util.EnumSet;
import java.util.Set;

/**
 * The district's inbox as its address holds it — call, present status, "only recommended", order, search — and as a dossier's
 * review page receives it, so that the page's "save and next" follows the order of the list the officer came from
 * and its way back returns to that list (issue 25). What does not parse is ignored.
 */
record InboxState(@Nullable CallId callId, @Nullable DossierStatus status, boolean onlyRecommended,
                  @Nullable String sort, @Nullable SearchTerm text) {

    /** What a district sees: everything from submission on; drafts are still the applicant's business. */
    static final Set<DossierStatus> SUBMITTED_OR_LATER = EnumSet.complementOf(EnumSet.of(DossierStatus.DRAFT));

    static InboxState parse(QueryParameters q) {
        Long call = QueryParams.readId(q, "call");
        DossierStatus status = QueryParams.read(q, "status", DossierStatus::valueOf);
        String sort = QueryParams.read(q, "sort", s -> s);
        return new InboxState(call == null ? null : CallId.of(call),
                status == null || !SUBMITTED_OR_LATER.contains(status) ? null : status,
                "1".equals(QueryParams.read(q, "recommended", s -> s)),
                DossierSort.parsed(sort).isEmpty() ? null : sort,
                ListSearch.termOf(q));
    }

    QueryParams params() {
        return new QueryParams().put("call", callId).put("status", status).put("recommended", onlyRecommended ? "1" : null)
                .put("sort", sort).put(ListSearch.PARAMETER, SearchTerm.textOf(text));
    }

    /** The inbox's rows: the call's dossiers from submission on, in the officer's scope (the service applies it). */
    DossierFilter filter() {
        DossierFilter f = DossierFilter.ofCall(callId).withStatuses(onlyRecommended
                ? DossierStage.RECOMMENDED.statuses() : SUBMITTED_OR_LATER);
        return (status == null ? f : f.withStatus(status)).withText(text);
    }

    /** What waits for the district first, unless the officer sorted otherwise. */
    DossierSort order() {
        return DossierSort.parse(sort, DossierSort.WAITING_FIRST);
    }
}
