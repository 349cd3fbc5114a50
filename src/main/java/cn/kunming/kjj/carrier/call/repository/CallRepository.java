package cn.kunming.kjj.carrier.call.repository;

import cn.kunming.kjj.carrier.common.UnitId;
import cn.kunming.kjj.carrier.common.CallId;
import cn.kunming.kjj.carrier.call.Call;
import cn.kunming.kjj.carrier.call.CallDraft;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/** Calls are public documents of the bureau: no tenant owns them. Extensions belong to one unit each. */
public interface CallRepository {

    List<Call> findAll();

    List<Call> findPublished();

    Optional<Call> findById(CallId id);

    CallId insert(CallDraft draft, LocalDateTime createdAt, String createdBy);

    boolean update(CallId id, int version, CallDraft draft);

    boolean publish(CallId id, int version, LocalDateTime publishedAt);

    Optional<LocalDateTime> extensionFor(CallId callId, UnitId unitId);

    void saveExtension(CallId callId, UnitId unitId, LocalDateTime until, String reason, String grantedBy,
                       LocalDateTime grantedAt);
}
