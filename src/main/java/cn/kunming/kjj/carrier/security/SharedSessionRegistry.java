package cn.kunming.kjj.carrier.security;

import cn.kunming.kjj.carrier.audit.AuditAction;
import cn.kunming.kjj.carrier.audit.AuditEntry;
import cn.kunming.kjj.carrier.audit.AuditLog;
import cn.kunming.kjj.carrier.audit.AuditedEntity;
import cn.kunming.kjj.carrier.common.AccountId;
import cn.kunming.kjj.carrier.security.repository.LiveSessionRepository;
import cn.kunming.kjj.carrier.security.repository.LiveSessionRepository.LiveSession;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationListener;
import org.springframework.dao.DataAccessException;
import org.springframework.security.core.session.AbstractSessionEvent;
import org.springframework.security.core.session.SessionDestroyedEvent;
import org.springframework.security.core.session.SessionIdChangedEvent;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The signed-in sessions of all nodes, kept in the database, so that the limit of sessions per account holds across
 * the cluster (issue 26, decision 0029): a sign-in on any node beyond the limit marks the account's least recently used
 * session expired, wherever it lives, and the node that holds that session ends it (Spring's concurrent-session filter
 * sends its next request to {@code /login?expired}, as on a single node).
 * <p>
 * The filter asks about the session on every request, Vaadin's UIDL and heartbeat requests included. This node keeps
 * its own sessions in memory and answers from there; a session's requests reach the database at most once per
 * {@link SharedSessionSettings#checkEvery() check interval} (a few seconds), in one statement that both records the
 * last request and finds out whether another node marked the session expired. Time-based rather than only on page
 * loads: a Vaadin page lives for hours without another page load, so an ended session would otherwise go on working in
 * an open tab. A session that this node itself ends is ended at its very next request; one ended from another node
 * within one check interval. The price is that another node sees a session's last request up to one interval late, so
 * "least recently used" is decided to within that interval between nodes; this node's own sessions are written out
 * before any sign-in decides, so on one node it is exact, as before.
 * <p>
 * Sign-ins of one account take turns on the account's row, and each one trims the account to its limit after
 * registering, so parallel sign-ins leave no more sessions than the limit. Rows whose last request is older than the
 * session timeout (and a margin) belong to a node that died: they count no more, and are swept at the account's next
 * sign-in and by {@link StaleSessionSweep}.
 */
@Component
class SharedSessionRegistry implements SessionRegistry, ApplicationListener<AbstractSessionEvent> {

    private static final Logger log = LoggerFactory.getLogger(SharedSessionRegistry.class);
    private static final int SWEEP_BATCH = 500;

    private final LiveSessionRepository sessions;
    private final TransactionTemplate tx;
    private final AuditLog audit;
    private final SharedSessionSettings settings;
    /** The sessions this node holds. */
    private final Map<String, Held> held = new ConcurrentHashMap<>();

    SharedSessionRegistry(LiveSessionRepository sessions, TransactionTemplate tx, AuditLog audit,
                          SharedSessionSettings settings) {
        this.sessions = sessions;
        this.tx = tx;
        this.audit = audit;
        this.settings = settings;
    }

    /** A session of this node: its principal, its last request, and what the database last said of it. */
    private static final class Held {
        final Object principal;
        final AccountId account;
        volatile Instant lastRequest;
        volatile Instant lastChecked;
        volatile boolean expired;

        Held(Object principal, AccountId account, Instant now) {
            this.principal = principal;
            this.account = account;
            this.lastRequest = now;
            this.lastChecked = now;
        }
    }

    /** The principals of the sessions this node holds (those of other nodes live only as account ids). */
    @Override
    public List<Object> getAllPrincipals() {
        return held.values().stream().map(h -> h.principal).distinct().toList();
    }

    /**
     * The account's sessions on every node, stale ones left out, the least recently used first. Spring's concurrent
     * session control sorts them by last request, keeping this order among equal times, and ends the first.
     */
    @Override
    public List<SessionInformation> getAllSessions(Object principal, boolean includeExpiredSessions) {
        AccountId account = userOf(principal).accountId();
        Instant staleBefore = settings.staleBefore(now());
        List<SessionInformation> found = new ArrayList<>();
        for (LiveSession s : sessions.ofAccount(account).reversed()) {
            Held mine = held.get(s.sessionId());
            boolean expired = s.expired() || (mine != null && mine.expired);
            if (instant(s.lastRequestAt()).isBefore(staleBefore) || (expired && !includeExpiredSessions)) {
                continue;
            }
            Instant lastRequest = mine != null && mine.lastRequest.isAfter(instant(s.lastRequestAt()))
                    ? mine.lastRequest : instant(s.lastRequestAt());
            found.add(new SharedSessionInformation(this, principal, s.sessionId(), s.nodeRoute(),
                    Date.from(lastRequest), expired));
        }
        return found;
    }

    /** This node's own sessions only (null for any other id): asked on every request, answered mostly from memory. */
    @Override
    public @Nullable SessionInformation getSessionInformation(String sessionId) {
        Held mine = held.get(sessionId);
        if (mine == null) {
            return null;
        }
        Instant now = now();
        if (!mine.expired && !now.isBefore(mine.lastChecked.plus(settings.checkEvery()))) {
            check(sessionId, mine, now);
        }
        return new SharedSessionInformation(this, mine.principal, sessionId, settings.nodeRoute(),
                Date.from(mine.lastRequest), mine.expired);
    }

    /** Records the last request in the database and learns whether another node ended the session. */
    private void check(String sessionId, Held mine, Instant now) {
        synchronized (mine) {
            if (now.isBefore(mine.lastChecked.plus(settings.checkEvery()))) {
                return;
            }
            mine.lastChecked = now;
            try {
                // the request under way is a use of the session (the filter records it in memory right after)
                if (sessions.touch(sessionId, at(now))) {
                    return;
                }
                var expired = sessions.expired(sessionId);
                if (expired.isPresent()) {
                    mine.expired = expired.get();
                } else {
                    // swept as stale although this node still holds it (a node whose clock ran far ahead): count it again
                    sessions.insert(new LiveSession(sessionId, mine.account, settings.nodeRoute(), at(now), at(now), false));
                }
            } catch (DataAccessException e) {
                // the database is away: the session goes on, and the next interval asks again
                log.warn("could not check session {} in the shared registry: {}", sessionId, e.getMessage());
            }
        }
    }

    /** In memory only: the database learns it at the session's next check. */
    @Override
    public void refreshLastRequest(String sessionId) {
        Held mine = held.get(sessionId);
        if (mine != null) {
            mine.lastRequest = now();
        }
    }

    /**
     * A sign-in on this node: the session is recorded, and the account's least recently used sessions beyond the limit
     * are marked expired, on whichever node they live. Spring's concurrent-session control has already ended the ones
     * it saw; this catches the sign-ins that ran alongside (each saw the others' sessions not yet there).
     */
    @Override
    public void registerNewSession(String sessionId, Object principal) {
        PortalUser user = userOf(principal);
        Instant now = now();
        List<String> ended = tx.execute(status -> {
            sessions.lockAccount(user.accountId());
            recordOwnLastRequests(user.accountId());
            sessions.delete(sessionId);
            sessions.insert(new LiveSession(sessionId, user.accountId(), settings.nodeRoute(), at(now), at(now), false));
            return keepWithinLimit(sessionId, user, now);
        });
        held.put(sessionId, new Held(principal, user.accountId(), now));
        markEndedHere(ended == null ? List.of() : ended);
    }

    /** This node's last requests of the account's sessions, exact, so that the decision of a sign-in here is too. */
    private void recordOwnLastRequests(AccountId account) {
        held.forEach((id, h) -> {
            if (h.account.equals(account) && !h.expired) {
                sessions.touch(id, at(h.lastRequest));
            }
        });
    }

    /** Within the account's locked turn: ends the sessions beyond the limit, the new one kept; the ids ended. */
    private List<String> keepWithinLimit(String newest, PortalUser user, Instant now) {
        Instant staleBefore = settings.staleBefore(now);
        List<String> ended = new ArrayList<>();
        int kept = 1;
        for (LiveSession s : sessions.ofAccount(user.accountId())) {
            if (s.sessionId().equals(newest)) {
                continue;
            }
            if (instant(s.lastRequestAt()).isBefore(staleBefore)) {
                sessions.delete(s.sessionId());
            } else if (!s.expired() && settings.limited() && kept >= settings.maxPerAccount()) {
                if (endByLimit(s.sessionId(), s.nodeRoute(), s.lastRequestAt(), user)) {
                    ended.add(s.sessionId());
                }
            } else if (!s.expired()) {
                kept++;
            }
        }
        return ended;
    }

    /** Called by Spring's concurrent-session control through {@link SharedSessionInformation#expireNow()}. */
    void expireByLimit(SharedSessionInformation session) {
        PortalUser user = userOf(session.getPrincipal());
        Boolean ended = tx.execute(status -> {
            sessions.lockAccount(user.accountId());
            return endByLimit(session.getSessionId(), session.nodeRoute(), at(session.getLastRequest().toInstant()), user);
        });
        if (Boolean.TRUE.equals(ended)) {
            markEndedHere(List.of(session.getSessionId()));
        }
    }

    /** Marks the session expired and audits it, once: false when it already was (or is gone). */
    private boolean endByLimit(String sessionId, String nodeRoute, LocalDateTime lastRequest, PortalUser user) {
        if (!sessions.markExpired(sessionId)) {
            return false;
        }
        audit.recordAs(user.username(), user.role().name(),
                AuditEntry.of(AuditAction.SESSION_ENDED_BY_LIMIT, AuditedEntity.ACCOUNT, user.accountId())
                        .tenant(user.tenantId())
                        .detail("a session on node " + (nodeRoute.isEmpty() ? "-" : nodeRoute) + ", last used "
                                + lastRequest.truncatedTo(ChronoUnit.SECONDS) + ", ended by a sign-in on node "
                                + (settings.nodeRoute().isEmpty() ? "-" : settings.nodeRoute()) + ": at most "
                                + settings.maxPerAccount() + " sessions per account"));
        return true;
    }

    /** The sessions this node holds among those just ended learn it now, not at their next check. */
    private void markEndedHere(List<String> ended) {
        for (String id : ended) {
            Held mine = held.get(id);
            if (mine != null) {
                mine.expired = true;
            }
        }
    }

    /** A session ended (signed out, timed out, or ended by the limit and signed out at its next request). */
    @Override
    public void removeSessionInformation(String sessionId) {
        held.remove(sessionId);
        try {
            sessions.delete(sessionId);
        } catch (DataAccessException e) {
            // the row counts until it is stale and is swept then
            log.warn("could not remove session {} from the shared registry: {}", sessionId, e.getMessage());
        }
    }

    @Override
    public void onApplicationEvent(AbstractSessionEvent event) {
        if (event instanceof SessionDestroyedEvent destroyed) {
            removeSessionInformation(destroyed.getId());
        } else if (event instanceof SessionIdChangedEvent changed) {
            Held mine = held.remove(changed.getOldSessionId());
            if (mine != null) {
                sessions.rename(changed.getOldSessionId(), changed.getNewSessionId());
                held.put(changed.getNewSessionId(), mine);
            }
        }
    }

    /** This node stops, and its sessions with it: their rows go now rather than when they turn stale. */
    void releaseOwnSessions() {
        for (String sessionId : List.copyOf(held.keySet())) {
            removeSessionInformation(sessionId);
        }
    }

    /** Deletes every node's stale rows; how many. */
    int sweepStale() {
        LocalDateTime before = at(settings.staleBefore(now()));
        int swept = 0;
        int batch;
        do {
            batch = sessions.deleteStale(before, SWEEP_BATCH);
            swept += batch;
        } while (batch == SWEEP_BATCH);
        return swept;
    }

    private static PortalUser userOf(Object principal) {
        if (principal instanceof PortalUser user) {
            return user;
        }
        if (principal instanceof PortalOidcUser oidc) {
            return oidc.portalUser();
        }
        throw new IllegalArgumentException("the limit of sessions per account needs a portal account, not "
                + principal.getClass().getName());
    }

    private Instant now() {
        return settings.clock().instant();
    }

    /** As the table keeps it: local time of the clock's zone, to the millisecond. */
    private LocalDateTime at(Instant instant) {
        return LocalDateTime.ofInstant(instant.truncatedTo(ChronoUnit.MILLIS), settings.clock().getZone());
    }

    private Instant instant(LocalDateTime at) {
        return at.atZone(settings.clock().getZone()).toInstant();
    }
}
