package cn.kunming.kjj.carrier.review;

import cn.kunming.kjj.carrier.common.DossierId;
import cn.kunming.kjj.carrier.common.CarrierKind;
import cn.kunming.kjj.carrier.dossier.Dossier;
import cn.kunming.kjj.carrier.dossier.DossierStatus;
import cn.kunming.kjj.carrier.dossier.Dossiers;
import cn.kunming.kjj.carrier.expertreview.ReviewSubject;
import cn.kunming.kjj.carrier.review.repository.DistrictReviewRepository;
import cn.kunming.kjj.carrier.expertreview.Subject;
import cn.kunming.kjj.carrier.expertreview.SubjectSource;
import cn.kunming.kjj.carrier.expertreview.SubjectType;
import cn.kunming.kjj.carrier.security.TenantScope;
import cn.kunming.kjj.carrier.tenant.HostUnit;
import cn.kunming.kjj.carrier.tenant.HostUnits;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * Dossiers as subjects of expert review (P4.4): the unit and the proposed name are what an expert sees first, and the
 * call's review deadline is when the review is due.
 */
@Component
class DossierSubjects implements SubjectSource {

    /** The engine asks only for a dossier an assignment names, or one an officer already found in scope. */
    private static final TenantScope THROUGH_ASSIGNMENT = new TenantScope.All();

    private final Dossiers dossiers;
    private final HostUnits units;
    private final DistrictReviewRepository reviews;

    DossierSubjects(Dossiers dossiers, HostUnits units, DistrictReviewRepository reviews) {
        this.dossiers = dossiers;
        this.units = units;
        this.reviews = reviews;
    }

    @Override
    public SubjectType type() {
        return SubjectType.DOSSIER;
    }

    @Override
    public Optional<ReviewSubject> find(long id) {
        return dossiers.findById(THROUGH_ASSIGNMENT, DossierId.of(id)).map(this::of);
    }

    ReviewSubject of(Dossier d) {
        TenantScope ofDossier = new TenantScope.OfUnit(d.tenantId(), d.unitId());
        String unit = units.findById(ofDossier, d.unitId()).map(HostUnit::name).orElse("");
        return new ReviewSubject(Subject.dossier(d.id()), d.tenantId(), d.unitId(), d.kind(), unit,
                d.content().facts().name(), null,
                reviews.schedule(d.callId()).map(ReviewSchedule::reviewBy).orElse(null));
    }

    /** A dossier in expert review keeps its kind's criteria even when every assignment on it is in or released. */
    @Override
    public boolean reviewInProgress(CarrierKind kind) {
        return dossiers.anyOfKindIn(kind, DossierStatus.UNDER_EXPERT_REVIEW);
    }
}
