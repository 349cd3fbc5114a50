package cn.kunming.kjj.carrier.carrier;

import java.util.List;
import java.util.Optional;

/** Everything about one carrier that its readers in scope may see. */
public record CarrierFile(Carrier carrier, List<ManagementRecords.StatusChange> history,
                          List<ManagementRecords.ProvincialFiling> filings, Optional<ManagementRecords.Subsidy> subsidy,
                          List<ManagementRecords.Disqualification> disqualifications,
                          Optional<ManagementRecords.Recovery> recovery) {
}
