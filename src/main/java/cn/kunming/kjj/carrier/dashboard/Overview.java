package cn.kunming.kjj.carrier.dashboard;

import cn.kunming.kjj.carrier.common.TenantId;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * A dashboard: everything in one reader's scope, narrowed to one tenant when {@code tenant} is set. Dossiers count
 * from submission on ({@link cn.kunming.kjj.carrier.dossier.DossierStage#SUBMITTED}); carriers count in every status.
 * {@code measuresExpireOn} is set for the bureau from 180 days before the measures expire while no successor rule
 * set follows (Art. 8, A8.1), and null otherwise.
 */
public record Overview(TenantId tenant, YearMonth month, List<Pipeline> pipelines,
                       List<Figure> dossiersByTenant, List<Figure> dossiersByKind, List<Figure> dossiersByField,
                       List<Figure> carriersByTenant, List<Figure> carriersByKind, List<Figure> carriersByField,
                       List<Figure> carriersByStatus, List<Figure> subsidy,
                       List<Figure> dossiersByYear, List<Figure> carriersByYear, List<Deadline> deadlines,
                       LocalDate measuresExpireOn) {

    /** Whether the bureau is to be warned that the measures expire (Art. 8) with no successor version entered. */
    public boolean measuresExpiring() {
        return measuresExpireOn != null;
    }
}
