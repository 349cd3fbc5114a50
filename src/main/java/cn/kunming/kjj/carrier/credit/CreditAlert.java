package cn.kunming.kjj.carrier.credit;

import cn.kunming.kjj.carrier.common.UnitId;
import cn.kunming.kjj.carrier.common.CarrierId;
import java.time.LocalDateTime;

/** A carrier found on a list, waiting for the bureau's M5.3(4) decision. */
public record CreditAlert(long id, CarrierId carrierId, String carrierName, UnitId unitId, String unitName, long checkId,
                          LocalDateTime raisedAt, AlertStatus status, AlertDecision decision, String reason,
                          String decidedBy, LocalDateTime decidedAt, int version) {

    public enum AlertStatus { OPEN, DECIDED }

    /** A person's decision: nothing to do (e.g. an old or mistaken listing), or refer for disqualification. */
    public enum AlertDecision {
        NO_ACTION, REFER_FOR_DISQUALIFICATION;

        public String messageKey() {
            return "alertDecision." + name();
        }
    }
}
