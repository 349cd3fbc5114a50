package cn.kunming.kjj.carrier.dossier;

/**
 * The order of the dossier list, as the reader sorted its grid; the database sorts, so that a page is read alone.
 * Ties are broken by the newest save, then by id, so that pages never overlap.
 */
public record DossierSort(Column column, boolean descending) {

    public enum Column {
        NAME, KIND, TENANT, FIELD, STATUS, LAST_SAVED
    }

    /** The list's own order: the most recently saved first. */
    public static final DossierSort NEWEST = new DossierSort(Column.LAST_SAVED, true);

    public DossierSort {
        if (column == null) {
            column = Column.LAST_SAVED;
            descending = true;
        }
    }
}
