package cn.kunming.kjj.carrier.dossier;

import cn.kunming.kjj.carrier.common.DossierId;
import java.time.LocalDate;

/**
 * A dossier left the procedure without a decision (its unit deregistered, G6.3), published in the transaction that
 * withdrew it; the public notice it stood on marks its entry.
 */
public record DossierWithdrawn(DossierId dossierId, DossierStatus from, LocalDate on, String reason) {
}
