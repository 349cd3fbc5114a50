package cn.kunming.kjj.carrier.call.repository;

import cn.kunming.kjj.carrier.call.Call;
import cn.kunming.kjj.carrier.call.CallDraft;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/** Calls are public documents of the bureau: no tenant owns them. Extensions belong to one unit each. */
public interface CallRepository {

    List<Call> findAll();

    List<Call> findPublished();

    Optional<Call> findById(long id);

    long insert(CallDraft draft, LocalDateTime createdAt, String createdBy);

    boolean update(long id, int version, CallDraft draft);

    boolean publish(long id, int version, LocalDateTime publishedAt);

    Optional<LocalDateTime> extensionFor(long callId, long unitId);

    void saveExtension(long callId, long unitId, LocalDateTime until, String reason, String grantedBy,
                       LocalDateTime grantedAt);
}
