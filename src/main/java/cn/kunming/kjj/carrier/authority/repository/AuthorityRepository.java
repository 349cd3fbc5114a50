package cn.kunming.kjj.carrier.authority.repository;

import cn.kunming.kjj.carrier.authority.ExpertNomination;
import cn.kunming.kjj.carrier.authority.FieldLink;
import cn.kunming.kjj.carrier.authority.NominationStatus;
import cn.kunming.kjj.carrier.common.ExpertId;
import cn.kunming.kjj.carrier.common.TenantId;
import cn.kunming.kjj.carrier.expert.ExpertDraft;
import org.jspecify.annotations.Nullable;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The links between industry fields and authorities, and the authorities' expert nominations. Neither is tenant-owned
 * data: a link is the bureau's configuration, a nomination belongs to its authority, whose id every read of an
 * authority's own nominations names.
 */
public interface AuthorityRepository {

    List<FieldLink> links();

    Optional<FieldLink> findLink(long id);

    /** The links of the given fields (exactly as stored), of any authority. */
    List<FieldLink> linksOf(Collection<String> fields);

    List<String> fieldsOf(TenantId authority);

    boolean linkExists(TenantId authority, String field);

    long insertLink(TenantId authority, String field, String by, LocalDateTime at);

    boolean deleteLink(long id);

    /** Every industry field dossiers and carriers name, in order, for choosing one to link. */
    List<String> knownFields();

    long insertNomination(TenantId authority, ExpertDraft expert, String reason, String by, LocalDateTime at);

    Optional<ExpertNomination> findNomination(long id);

    /** The nominations of one authority, or of every authority when {@code authority} is null; pending first. */
    List<ExpertNomination> nominations(@Nullable TenantId authority);

    /** PENDING → the outcome, once; false when it was decided meanwhile or the version is stale. */
    boolean decide(long id, int version, NominationStatus outcome, String by, LocalDateTime at,
                   @Nullable String declineReason, @Nullable ExpertId expertId);

    Map<ExpertId, String> nominators();
}
