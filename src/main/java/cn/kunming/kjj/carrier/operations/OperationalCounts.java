package cn.kunming.kjj.carrier.operations;

import cn.kunming.kjj.carrier.dossier.DossierStatus;

import java.time.LocalDateTime;
import java.util.Map;

/** A snapshot of the counts that the business gauges show, read together in one short read-only transaction. */
record OperationalCounts(Map<DossierStatus, Long> dossiersByStatus, long submissionsToday, long mailBacklog,
                         long mailRetrying, long mailGivenUp, double oldestPendingMailAgeSeconds, long lockedAccounts) {

    OperationalCounts {
        dossiersByStatus = Map.copyOf(dossiersByStatus);
    }

    /** Reads the counts (a grouped COUNT per table, each on an index or a small table). */
    interface Source {
        OperationalCounts read(LocalDateTime now);
    }
}
