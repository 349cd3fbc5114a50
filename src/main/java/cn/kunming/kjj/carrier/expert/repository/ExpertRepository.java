package cn.kunming.kjj.carrier.expert.repository;

import cn.kunming.kjj.carrier.common.AccountId;
import cn.kunming.kjj.carrier.common.ExpertId;
import org.jspecify.annotations.Nullable;
import cn.kunming.kjj.carrier.expert.Experts;
import cn.kunming.kjj.carrier.expert.Expert;
import cn.kunming.kjj.carrier.expert.ExpertDraft;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/** The expert pool belongs to the bureau, not to a tenant: it takes no scope; its service admits only the bureau. */
public interface ExpertRepository extends Experts {

    Optional<Expert> findByNameAndAffiliation(String name, String affiliation);

    ExpertId insert(ExpertDraft draft, LocalDateTime at);

    boolean update(ExpertId id, int version, ExpertDraft draft);

    boolean linkAccount(ExpertId id, int version, @Nullable AccountId accountId);

}
