package cn.kunming.kjj.carrier.termination;

import java.time.LocalDateTime;

/**
 * What the registration job tells the bureau and the district: a carrier terminated or a pending dossier withdrawn
 * (to acknowledge), or a revoked licence (吊销) on which a person decides.
 */
public record RegistrationAlert(long id, long unitId, String unitName, Kind kind, Long carrierId, Long dossierId,
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
