package cn.kunming.kjj.carrier.dashboard;

import cn.kunming.kjj.carrier.common.TenantId;

import java.time.YearMonth;
import java.util.List;

/**
 * A dashboard: everything in one reader's scope, narrowed to one tenant when {@code tenant} is set. Dossiers count
 * from submission on ({@link cn.kunming.kjj.carrier.dossier.DossierStage#SUBMITTED}); carriers count in every status.
 */
public record Overview(TenantId tenant, YearMonth month, List<Pipeline> pipelines,
                       List<Figure> dossiersByTenant, List<Figure> dossiersByKind, List<Figure> dossiersByField,
                       List<Figure> carriersByTenant, List<Figure> carriersByKind, List<Figure> carriersByField,
                       List<Figure> carriersByStatus, List<Figure> subsidy,
                       List<Figure> dossiersByYear, List<Figure> carriersByYear, List<Deadline> deadlines) {
}
