package cn.kunming.kjj.carrier.security.repository;

import cn.kunming.kjj.carrier.common.AccountId;
import cn.kunming.kjj.carrier.jooq.tables.records.LiveSessionRecord;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import static cn.kunming.kjj.carrier.jooq.Tables.ACCOUNT;
import static cn.kunming.kjj.carrier.jooq.Tables.LIVE_SESSION;

@Repository
class JooqLiveSessionRepository implements LiveSessionRepository {

    private final DSLContext dsl;

    JooqLiveSessionRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public void lockAccount(AccountId account) {
        dsl.select(ACCOUNT.ID).from(ACCOUNT).where(ACCOUNT.ID.eq(account)).forUpdate().fetch();
    }

    @Override
    public void insert(LiveSession s) {
        dsl.insertInto(LIVE_SESSION).set(LIVE_SESSION.SESSION_ID, s.sessionId()).set(LIVE_SESSION.ACCOUNT_ID, s.accountId())
                .set(LIVE_SESSION.NODE_ROUTE, s.nodeRoute()).set(LIVE_SESSION.CREATED_AT, s.createdAt())
                .set(LIVE_SESSION.LAST_REQUEST_AT, s.lastRequestAt()).set(LIVE_SESSION.EXPIRED, s.expired()).execute();
    }

    @Override
    public List<LiveSession> ofAccount(AccountId account) {
        // a plain read, not a locking one: the account's row is the lock, and a range lock here could meet another
        // account's insert into the same index gap
        return dsl.selectFrom(LIVE_SESSION).where(LIVE_SESSION.ACCOUNT_ID.eq(account))
                .orderBy(LIVE_SESSION.LAST_REQUEST_AT.desc(), LIVE_SESSION.REGISTRATION.desc())
                .fetch(JooqLiveSessionRepository::toSession);
    }

    @Override
    public boolean touch(String sessionId, LocalDateTime lastRequestAt) {
        return dsl.update(LIVE_SESSION)
                .set(LIVE_SESSION.LAST_REQUEST_AT, org.jooq.impl.DSL.greatest(LIVE_SESSION.LAST_REQUEST_AT,
                        org.jooq.impl.DSL.val(lastRequestAt)))
                .where(LIVE_SESSION.SESSION_ID.eq(sessionId)).and(LIVE_SESSION.EXPIRED.isFalse())
                .execute() == 1;
    }

    @Override
    public Optional<Boolean> expired(String sessionId) {
        return dsl.select(LIVE_SESSION.EXPIRED).from(LIVE_SESSION).where(LIVE_SESSION.SESSION_ID.eq(sessionId))
                .fetchOptional(LIVE_SESSION.EXPIRED);
    }

    @Override
    public boolean markExpired(String sessionId) {
        return dsl.update(LIVE_SESSION).set(LIVE_SESSION.EXPIRED, true)
                .where(LIVE_SESSION.SESSION_ID.eq(sessionId)).and(LIVE_SESSION.EXPIRED.isFalse()).execute() == 1;
    }

    @Override
    public void delete(String sessionId) {
        dsl.deleteFrom(LIVE_SESSION).where(LIVE_SESSION.SESSION_ID.eq(sessionId)).execute();
    }

    @Override
    public void rename(String oldSessionId, String newSessionId) {
        dsl.update(LIVE_SESSION).set(LIVE_SESSION.SESSION_ID, newSessionId)
                .where(LIVE_SESSION.SESSION_ID.eq(oldSessionId)).execute();
    }

    @Override
    public int deleteStale(LocalDateTime before, int batch) {
        // found by a plain read, deleted by key: a range delete would lock index gaps that sign-ins insert into
        List<String> stale = dsl.select(LIVE_SESSION.SESSION_ID).from(LIVE_SESSION)
                .where(LIVE_SESSION.LAST_REQUEST_AT.lt(before)).limit(batch).fetch(LIVE_SESSION.SESSION_ID);
        if (stale.isEmpty()) {
            return 0;
        }
        return dsl.deleteFrom(LIVE_SESSION).where(LIVE_SESSION.SESSION_ID.in(stale))
                .and(LIVE_SESSION.LAST_REQUEST_AT.lt(before)).execute();
    }

    private static LiveSession toSession(LiveSessionRecord r) {
        return new LiveSession(r.getSessionId(), r.getAccountId(), r.getNodeRoute(), r.getCreatedAt(),
                r.getLastRequestAt(), Boolean.TRUE.equals(r.getExpired()));
    }
}
