package cn.kunming.kjj.carrier.security.repository;

import cn.kunming.kjj.carrier.common.AccountId;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * The signed-in sessions of every node (V40 {@code live_session}), which the limit of sessions per account counts.
 * Every write names its row by the session id, so that sign-ins of different accounts never lock each other's rows;
 * sign-ins of one account take turns on the account's own row ({@link #lockAccount}).
 */
public interface LiveSessionRepository {

    /** One session as the table keeps it. */
    record LiveSession(String sessionId, AccountId accountId, String nodeRoute, LocalDateTime createdAt,
                       LocalDateTime lastRequestAt, boolean expired) {
    }

    /** Holds the account's row until the transaction ends: sign-ins of one account, on any node, take turns. */
    void lockAccount(AccountId account);

    void insert(LiveSession session);

    /**
     * The account's sessions, expired ones too, the most recently used first; of sessions last used at the same time
     * (the database may keep whole seconds only), the one registered later first.
     */
    List<LiveSession> ofAccount(AccountId account);

    /**
     * Records the session's last request, unless it was marked expired: false then, and also when there is no such
     * row. Never moves the time back.
     */
    boolean touch(String sessionId, LocalDateTime lastRequestAt);

    /** Whether the session is marked expired; empty when there is no row for it. */
    Optional<Boolean> expired(String sessionId);

    /** Marks the session expired; false when it already was or has no row. */
    boolean markExpired(String sessionId);

    void delete(String sessionId);

    void rename(String oldSessionId, String newSessionId);

    /** Deletes up to {@code batch} sessions whose last request was before {@code before}; how many. */
    int deleteStale(LocalDateTime before, int batch);
}
