package cn.kunming.kjj.carrier.dashboard;

import org.jspecify.annotations.Nullable;
import cn.kunming.kjj.carrier.common.TenantId;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * A dashboard: everything in one reader's scope, narrowed to one tenant when {@code tenant} is set. Dossiers count
 * from submission on ({@link cn.kunming.kjj.carrier.dossier.DossierStage#SUBMITTED}); carriers count in every status.
 * {@code measuresExpireOn} is set for the bureau from 180 days before the measures expire while no successor rule
 * set follows (Art. 8, A8.1), and null otherwise. Shared by the sessions of one scope (decision 0033), so immutable.
 */
public record Overview(@Nullable TenantId tenant, YearMonth month, List<Pipeline> pipelines,
                       List<Figure> dossiersByTenant, List<Figure> dossiersByKind, List<Figure> dossiersByField,
                       List<Figure> carriersByTenant, List<Figure> carriersByKind, List<Figure> carriersByField,
                       List<Figure> carriersByStatus, List<Figure> subsidy,
                       List<Figure> dossiersByYear, List<Figure> carriersByYear, List<Deadline> deadlines,
                       @Nullable LocalDate measuresExpireOn) {

    public Overview {
        pipelines = List.copyOf(pipelines);
        dossiersByTenant = List.copyOf(dossiersByTenant);
        dossiersByKind = List.copyOf(dossiersByKind);
        dossiersByField = List.copyOf(dossiersByField);
        carriersByTenant = List.copyOf(carriersByTenant);
        carriersByKind = List.copyOf(carriersByKind);
        carriersByField = List.copyOf(carriersByField);
        carriersByStatus = List.copyOf(carriersByStatus);
        subsidy = List.copyOf(subsidy);
        dossiersByYear = List.copyOf(dossiersByYear);
        carriersByYear = List.copyOf(carriersByYear);
        deadlines = List.copyOf(deadlines);
    }

    /** The same figures with the bureau's warning of the measures' expiry, or without it (null). */
    public Overview withMeasuresExpireOn(@Nullable LocalDate expiry) {
        return new Overview(tenant, month, pipelines, dossiersByTenant, dossiersByKind, dossiersByField, carriersByTenant,
                carriersByKind, carriersByField, carriersByStatus, subsidy, dossiersByYear, carriersByYear, deadlines,
                expiry);
    }

    /** Whether the bureau is to be warned that the measures expire (Art. 8) with no successor version entered. */
    public boolean measuresExpiring() {
        return measuresExpireOn != null;
    }
}
