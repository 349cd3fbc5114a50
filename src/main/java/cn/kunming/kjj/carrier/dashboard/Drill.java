package cn.kunming.kjj.carrier.dashboard;

import cn.kunming.kjj.carrier.carrier.CarrierFilter;
import cn.kunming.kjj.carrier.dossier.DossierFilter;

/** The list behind a figure: the figure is the number of rows that list shows with these filters. */
public sealed interface Drill {

    record Dossiers(DossierFilter filter) implements Drill {
    }

    record Carriers(CarrierFilter filter) implements Drill {
    }
}
