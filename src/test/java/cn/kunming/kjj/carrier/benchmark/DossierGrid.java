package cn.kunming.kjj.carrier.benchmark;

import cn.kunming.kjj.carrier.dossier.DossierFilter;
import cn.kunming.kjj.carrier.dossier.DossierRow;
import cn.kunming.kjj.carrier.dossier.DossierListService;
import cn.kunming.kjj.carrier.dossier.DossierSort;

import java.util.List;

/**
 * What the dossier list asks for one page of its grid: the count and the page, both sorted and cut by the database.
 * (Before issue 14 the whole scoped list was read, sorted in memory and the page cut out of it.)
 */
final class DossierGrid {

    enum Sort {
        LAST_SAVED(DossierSort.NEWEST), NAME(new DossierSort(DossierSort.Column.NAME, false));

        final DossierSort sort;

        Sort(DossierSort sort) {
            this.sort = sort;
        }
    }

    private DossierGrid() {
    }

    static int size(DossierListService dossiers, DossierFilter filter) {
        return dossiers.count(filter);
    }

    static List<DossierRow> page(DossierListService dossiers, DossierFilter filter, Sort sort, int offset, int limit) {
        dossiers.count(filter);
        return dossiers.rows(filter, sort.sort, offset, limit);
    }
}
