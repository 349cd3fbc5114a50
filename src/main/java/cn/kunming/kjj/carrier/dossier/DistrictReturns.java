package cn.kunming.kjj.carrier.dossier;

import cn.kunming.kjj.carrier.common.DossierId;
import cn.kunming.kjj.carrier.security.TenantScope;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The district's latest word on a dossier, as its applicant revises it (P4.3). The review feature answers; the
 * dossier feature, which review builds on, depends on no feature above it.
 */
public interface DistrictReturns {

    /** The district's latest action on the dossier (a return, when the dossier is RETURNED). */
    Optional<Latest> latest(TenantScope scope, DossierId dossierId);

    /** The opinion, the revision's due date, and each problem named by the part of the dossier it concerns. */
    record Latest(@Nullable LocalDate revisionDue, String opinion, List<Problem> problems) {
        public Latest {
            problems = List.copyOf(problems);
        }
    }

    record Problem(String sectionCode, String note) {
    }
}
