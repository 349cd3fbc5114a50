package cn.kunming.kjj.carrier.dossier;

import org.jspecify.annotations.Nullable;

import java.util.Optional;

/**
 * The order of the dossier list, as the reader sorted its grid; the database sorts, so that a page is read alone.
 * Ties are broken by the newest save, then by id, so that pages never overlap.
 */
public record DossierSort(Column column, boolean descending) {

    public enum Column {
        NAME, KIND, TENANT, FIELD, STATUS, LAST_SAVED, UNIT, SUBMITTED
    }

    /** The list's own order: the most recently saved first. */
    public static final DossierSort NEWEST = new DossierSort(Column.LAST_SAVED, true);

    /** The district's inbox: what waits for it first (statuses in pipeline order), then the latest saved. */
    public static final DossierSort WAITING_FIRST = new DossierSort(Column.STATUS, false);

    public DossierSort {
        if (column == null) {
            column = Column.LAST_SAVED;
            descending = true;
        }
    }

    /** An order as a list's address writes it, {@code NAME} or {@code -NAME}; anything else is the fallback. */
    public static DossierSort parse(@Nullable String text, DossierSort fallback) {
        return parsed(text).orElse(fallback);
    }

    /** The order the text names, if it names one. */
    public static Optional<DossierSort> parsed(@Nullable String text) {
        if (text == null || text.isBlank() || text.length() > 20) {
            return Optional.empty();
        }
        boolean descending = text.startsWith("-");
        try {
            return Optional.of(new DossierSort(Column.valueOf(descending ? text.substring(1) : text), descending));
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }
}
