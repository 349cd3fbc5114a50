package cn.kunming.kjj.carrier.termination;

import cn.kunming.kjj.carrier.common.UnitId;
import cn.kunming.kjj.carrier.common.CarrierId;
import cn.kunming.kjj.carrier.common.DossierId;
import java.time.LocalDateTime;

/**
 * What the registration job tells the bureau and the district: a carrier terminated or a pending dossier withdrawn
 * (to acknowledge), or a revoked licence (吊销) on which a person decides.
 */
public record RegistrationAlert(long id, UnitId unitId, String unitName, Kind kind, CarrierId carrierId, DossierId dossierId,
                                LocalDateTime raisedAt, Status status, String decision, String reason,
                                String decidedBy, int version) {

    public enum Kind {
        TERMINATED, DOSSIER_WITHDRAWN, LICENCE_REVOKED;

        public String messageKey() {
            return "registrationAlert." + name();
        }
    }

    public enum Status { OPEN, CLOSED }
}
