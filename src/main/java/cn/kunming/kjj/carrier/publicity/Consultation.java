package cn.kunming.kjj.carrier.publicity;

import cn.kunming.kjj.carrier.common.TenantId;
import org.jspecify.annotations.Nullable;

import java.util.List;

/**
 * One authority's part in the consultation on a notice (P4.5), as the bureau sees it beside the list.
 *
 * @param fields   the fields of the notice's standing entries on which the bureau consults it now
 * @param consulted whether the bureau consults it now; an authority that answered and was unlinked since keeps its
 *                  answer here, but no longer holds the document back
 * @param answer   its opinion, or null while it has not given one
 */
public record Consultation(TenantId authorityId, String authorityName, List<String> fields, boolean consulted,
                           @Nullable ConsultationAnswer answer) {

    public Consultation {
        fields = List.copyOf(fields);
    }

    /** Consulted and not yet answered: this holds the bureau's document back. */
    public boolean outstanding() {
        return consulted && answer == null;
    }
}
