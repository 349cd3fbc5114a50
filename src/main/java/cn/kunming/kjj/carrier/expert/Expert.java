package cn.kunming.kjj.carrier.expert;

import cn.kunming.kjj.carrier.common.AccountId;
import cn.kunming.kjj.carrier.common.ExpertId;
import java.util.List;

/**
 * A member of the expert pool (专家库, P4.4). The affiliation's credit code, when known, is what keeps an expert off
 * its own unit's dossiers; {@code accountId} is the login through which the expert reviews.
 */
public record Expert(ExpertId id, String name, List<String> fields, String title, String affiliation,
                     String affiliationCreditCode, String phone, String email, boolean active, AccountId accountId,
                     int version) {

    public Expert {
        fields = List.copyOf(fields);
    }

    /** How many of the given fields this expert covers (case and spacing ignored). */
    public long matches(List<String> wanted) {
        return fields.stream().filter(f -> wanted.stream().anyMatch(w -> ExpertFields.same(f, w))).count();
    }
}
