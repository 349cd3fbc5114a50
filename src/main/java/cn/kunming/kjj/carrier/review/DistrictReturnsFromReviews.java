package cn.kunming.kjj.carrier.review;

import cn.kunming.kjj.carrier.common.DossierId;
import cn.kunming.kjj.carrier.dossier.DistrictReturns;
import cn.kunming.kjj.carrier.review.repository.DistrictReviewRepository;
import cn.kunming.kjj.carrier.security.TenantScope;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

/** Tells the dossier editor what the district said last, and which checklist items it found a problem in. */
@Component
class DistrictReturnsFromReviews implements DistrictReturns {

    private final DistrictReviewRepository reviews;

    DistrictReturnsFromReviews(DistrictReviewRepository reviews) {
        this.reviews = reviews;
    }

    @Override
    public Optional<Latest> latest(TenantScope scope, DossierId dossierId) {
        List<DistrictReview> history = reviews.history(scope, dossierId);
        if (history.isEmpty()) {
            return Optional.empty();
        }
        DistrictReview last = history.getLast();
        return Optional.of(new Latest(last.revisionDue(), last.opinion(), last.items().stream()
                .filter(item -> item.verdict() == Verdict.PROBLEM)
                .map(item -> new Problem(item.code(), item.note()))
                .toList()));
    }
}
