package cn.kunming.kjj.carrier.search;

import cn.kunming.kjj.carrier.carrier.CarrierStatus;
import cn.kunming.kjj.carrier.common.CarrierId;
import cn.kunming.kjj.carrier.common.DossierId;
import cn.kunming.kjj.carrier.common.ExpertId;
import cn.kunming.kjj.carrier.common.UnitId;
import cn.kunming.kjj.carrier.dossier.DossierStatus;

import java.util.List;

/** What one search found, by kind of record, each list at most {@link SearchService#PER_KIND} long. */
public record SearchResults(String text, List<DossierHit> dossiers, List<UnitHit> units, List<CarrierHit> carriers,
                            List<ExpertHit> experts) {

    public static SearchResults none(String text) {
        return new SearchResults(text, List.of(), List.of(), List.of(), List.of());
    }

    public boolean isEmpty() {
        return dossiers.isEmpty() && units.isEmpty() && carriers.isEmpty() && experts.isEmpty();
    }

    /** A dossier with its unit: the name a unit gave it is empty until its first save. */
    public record DossierHit(DossierId id, String name, String unitName, String creditCode, String tenantName,
                             DossierStatus status) {
    }

    /** A unit with how many dossiers and carriers of it the reader may see. */
    public record UnitHit(UnitId id, String name, String creditCode, String tenantName, int dossiers, int carriers) {
    }

    public record CarrierHit(CarrierId id, String name, String unitName, String creditCode, CarrierStatus status) {
    }

    public record ExpertHit(ExpertId id, String name, String affiliation, String fields) {
    }
}
