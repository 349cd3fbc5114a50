package cn.kunming.kjj.carrier.security;

import cn.kunming.kjj.carrier.audit.AuditLog;
import cn.kunming.kjj.carrier.common.AccountId;
import cn.kunming.kjj.carrier.common.TenantId;
import cn.kunming.kjj.carrier.security.repository.LiveSessionRepository;
import cn.kunming.kjj.carrier.support.Fixtures;
import cn.kunming.kjj.carrier.support.MovableClock;
import cn.kunming.kjj.carrier.support.TestProfiles;
import cn.kunming.kjj.carrier.support.TypedIdsJdbc;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.web.authentication.session.CompositeSessionAuthenticationStrategy;
import org.springframework.security.web.authentication.session.ConcurrentSessionControlAuthenticationStrategy;
import org.springframework.security.web.authentication.session.RegisterSessionAuthenticationStrategy;
import org.springframework.security.web.session.ConcurrentSessionFilter;
import org.springframework.security.web.session.HttpSessionDestroyedEvent;
import org.springframework.security.web.session.HttpSessionIdChangedEvent;
import org.springframework.security.web.session.SimpleRedirectSessionInformationExpiredStrategy;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The limit of sessions per account across nodes: two registries on one database are two nodes. Each node signs in as
 * Spring Security does (its concurrent-session control, then registration) and serves requests through Spring's
 * concurrent-session filter configured as the portal's. Runs on H2 and on MariaDB (tag database).
 */
@Tag("database")
@SpringBootTest
@ActiveProfiles(resolver = TestProfiles.class)
@Import({TypedIdsJdbc.class, Fixtures.class})
class SharedSessionRegistryTest {

    private static final Duration CHECK_EVERY = Duration.ofSeconds(5);
    private static final Duration TIMEOUT = Duration.ofMinutes(30);

    @Autowired
    LiveSessionRepository rows;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    AuditLog audit;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcTemplate jdbc;

    private final MovableClock clock = new MovableClock();
    /** Statements each node sent to the table, by method. */
    private final List<String> statements = java.util.Collections.synchronizedList(new ArrayList<>());

    /** One portal node: its registry, sign-in and filter, on the shared database and the test's clock. */
    private final class Node {
        final SharedSessionRegistry registry;
        final CompositeSessionAuthenticationStrategy signIn;
        final ConcurrentSessionFilter filter;
        final String route;

        Node(String route) {
            this.route = route;
            registry = new SharedSessionRegistry(counted(rows), tx, audit,
                    new SharedSessionSettings(route, 2, TIMEOUT, CHECK_EVERY, clock));
            ConcurrentSessionControlAuthenticationStrategy control = new ConcurrentSessionControlAuthenticationStrategy(registry);
            control.setMaximumSessions(2);
            signIn = new CompositeSessionAuthenticationStrategy(List.of(control,
                    new RegisterSessionAuthenticationStrategy(registry)));
            filter = new ConcurrentSessionFilter(registry, new SimpleRedirectSessionInformationExpiredStrategy("/login?expired"));
        }

        MockHttpSession signIn(PortalUser user) {
            return signIn(user, UUID.randomUUID().toString());
        }

        MockHttpSession signIn(PortalUser user, String id) {
            MockHttpSession session = new MockHttpSession(null, id + "." + route);
            MockHttpServletRequest request = new MockHttpServletRequest("POST", "/login");
            request.setSession(session);
            signIn.onAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null,
                    AuthorityUtils.createAuthorityList(user.role().authority())), request, new MockHttpServletResponse());
            return session;
        }

        /** A request of the session as the filter sees it: null when it went on, else where it was sent. */
        String request(MockHttpSession session) throws Exception {
            MockHttpServletRequest request = new MockHttpServletRequest("POST", "/");
            request.setSession(session);
            MockHttpServletResponse response = new MockHttpServletResponse();
            MockFilterChain chain = new MockFilterChain();
            filter.doFilter(request, response, chain);
            return chain.getRequest() != null ? null : response.getRedirectedUrl();
        }

        void signOut(MockHttpSession session) {
            registry.onApplicationEvent(new HttpSessionDestroyedEvent(session));
        }
    }

    private LiveSessionRepository counted(LiveSessionRepository target) {
        return (LiveSessionRepository) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[]{LiveSessionRepository.class}, (proxy, method, args) -> {
                    statements.add(method.getName());
                    try {
                        return method.invoke(target, args);
                    } catch (java.lang.reflect.InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    private PortalUser officer() {
        AccountId id = fixtures.account(Role.DISTRICT_OFFICER, "530102", null, AccountStatus.ACTIVE);
        return new PortalUser(id, fixtures.username(id), "测试经办人", Role.DISTRICT_OFFICER, new TenantId("530102"), null);
    }

    private long live(PortalUser user) {
        return rows.ofAccount(user.accountId()).stream().filter(s -> !s.expired()).count();
    }

    private long endedByLimit(PortalUser user) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE action = 'SESSION_ENDED_BY_LIMIT' "
                + "AND entity_type = 'ACCOUNT' AND entity_id = ?", Long.class, String.valueOf(user.accountId().value()));
    }

    @Test
    void aThirdSignInOnAnotherNodeEndsTheLeastRecentlyUsedSessionAndItsOwnNodeRefusesItsNextRequest() throws Exception {
        Node a = new Node("a");
        Node b = new Node("b");
        PortalUser user = officer();
        MockHttpSession first = a.signIn(user);
        clock.advance(Duration.ofSeconds(1));
        MockHttpSession second = a.signIn(user);
        clock.advance(Duration.ofSeconds(1));
        MockHttpSession third = b.signIn(user);

        assertThat(live(user)).isEqualTo(2);
        assertThat(rows.expired(first.getId())).as("the least recently used, on node a").contains(true);
        assertThat(a.request(first)).as("within one check interval node a has not asked yet").isNull();
        clock.advance(CHECK_EVERY);
        assertThat(a.request(first)).as("node a ends it as on a single node").isEqualTo("/login?expired");
        assertThat(a.request(second)).isNull();
        assertThat(b.request(third)).isNull();
        assertThat(endedByLimit(user)).as("the forced sign-out audited once").isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT detail FROM audit_event WHERE action = 'SESSION_ENDED_BY_LIMIT' AND entity_id = ?",
                String.class, String.valueOf(user.accountId().value())))
                .contains("on node a", "sign-in on node b", "at most 2 sessions");
    }

    /**
     * The cluster's database may keep whole seconds only (MySQL Connector/J on MariaDB 10.11 writes no fractions): two
     * sign-ins within one second then carry the same last request. The earlier registration is the one ended, whatever
     * the order of the random session ids; before V43 it fell to that order.
     */
    @Test
    void ofTwoSessionsLastUsedAtTheSameTimeTheEarlierSignInIsTheOneEndedWhateverTheirIds() throws Exception {
        Node a = new Node("a");
        Node b = new Node("b");
        PortalUser user = officer();
        MockHttpSession first = a.signIn(user, "ffff-first");
        MockHttpSession second = a.signIn(user, "0000-second");
        MockHttpSession third = b.signIn(user);

        assertThat(rows.expired(first.getId())).as("the earlier sign-in, though its id sorts last").contains(true);
        assertThat(rows.expired(second.getId())).contains(false);
        clock.advance(CHECK_EVERY);
        assertThat(a.request(first)).isEqualTo("/login?expired");
        assertThat(a.request(second)).isNull();
        assertThat(b.request(third)).isNull();
        assertThat(endedByLimit(user)).isEqualTo(1);
    }

    @Test
    void aSessionUsedOnItsNodeAfterTheOthersSignedInIsNotTheOneEnded() throws Exception {
        Node a = new Node("a");
        Node b = new Node("b");
        PortalUser user = officer();
        MockHttpSession first = a.signIn(user);
        clock.advance(Duration.ofSeconds(1));
        MockHttpSession second = b.signIn(user);
        clock.advance(CHECK_EVERY);
        assertThat(a.request(first)).as("used, and recorded at the node's next check").isNull();
        clock.advance(Duration.ofSeconds(1));
        MockHttpSession third = b.signIn(user);

        assertThat(rows.expired(second.getId())).as("node b's own, unused since its sign-in").contains(true);
        assertThat(b.request(second)).as("its own node knows at once").isEqualTo("/login?expired");
        assertThat(a.request(first)).isNull();
        assertThat(b.request(third)).isNull();
    }

    @Test
    void onOneNodeTheSessionUsedLastSurvivesEvenWithinOneCheckInterval() throws Exception {
        Node a = new Node("a");
        PortalUser user = officer();
        MockHttpSession first = a.signIn(user);
        clock.advance(Duration.ofMillis(100));
        MockHttpSession second = a.signIn(user);
        clock.advance(Duration.ofMillis(100));
        assertThat(a.request(first)).isNull();
        clock.advance(Duration.ofMillis(100));
        MockHttpSession third = a.signIn(user);

        assertThat(a.request(second)).isEqualTo("/login?expired");
        assertThat(a.request(first)).isNull();
        assertThat(a.request(third)).isNull();
    }

    @Test
    void theSessionsOfANodeThatDiedCountNoMoreOnceTheTimeoutHasPassed() throws Exception {
        Node a = new Node("a");
        Node crashed = new Node("b");
        PortalUser user = officer();
        MockHttpSession lost1 = crashed.signIn(user);
        MockHttpSession lost2 = crashed.signIn(user);
        // node b dies: nothing removes its rows; nobody uses them
        clock.advance(Duration.ofMinutes(10));
        MockHttpSession early = a.signIn(user);
        assertThat(endedByLimit(user)).as("ten minutes on, they still count: the older ended").isEqualTo(1);
        a.signOut(early);

        clock.advance(TIMEOUT.plus(Duration.ofMinutes(2)));
        MockHttpSession one = a.signIn(user);
        MockHttpSession two = a.signIn(user);

        assertThat(endedByLimit(user)).as("the dead node's sessions no longer count: nothing more ended").isEqualTo(1);
        assertThat(a.request(one)).isNull();
        assertThat(a.request(two)).isNull();
        assertThat(rows.expired(lost1.getId())).as("swept at the sign-in").isEmpty();
        assertThat(rows.expired(lost2.getId())).isEmpty();
        assertThat(a.registry.getAllSessions(user, true)).extracting(s -> s.getSessionId())
                .containsExactlyInAnyOrder(one.getId(), two.getId());
    }

    @Test
    void aNodeThatStopsRemovesItsOwnSessionsAndLeavesTheOtherNodesSessions() throws Exception {
        Node a = new Node("a");
        Node stopping = new Node("b");
        PortalUser user = officer();
        MockHttpSession onA = a.signIn(user);
        MockHttpSession onB = stopping.signIn(user);
        new ReleaseSessionsAtShutdown(stopping.registry).stop();

        assertThat(rows.expired(onB.getId())).isEmpty();
        assertThat(rows.expired(onA.getId())).contains(false);
        assertThat(a.registry.getAllSessions(user, true)).extracting(s -> s.getSessionId()).containsExactly(onA.getId());
    }

    @Test
    void theSweepRemovesStaleSessionsOfEveryAccountAndKeepsTheLiveOnes() throws Exception {
        Node a = new Node("a");
        Node crashed = new Node("b");
        PortalUser stayed = officer();
        PortalUser left = officer();
        MockHttpSession lost = crashed.signIn(left);
        MockHttpSession kept = a.signIn(stayed);
        clock.advance(TIMEOUT);
        assertThat(a.request(kept)).isNull();
        a.registry.sweepStale();
        assertThat(rows.expired(lost.getId())).as("a timeout since its last request: within the margin").contains(false);
        clock.advance(Duration.ofMinutes(2));
        assertThat(a.request(kept)).isNull();

        assertThat(a.registry.sweepStale()).isGreaterThanOrEqualTo(1);
        assertThat(rows.expired(lost.getId())).isEmpty();
        assertThat(rows.expired(kept.getId())).contains(false);
    }

    @Test
    void tenSignInsOfOneAccountAtOnceOnTwoNodesLeaveAtMostTwoLiveSessions() throws Exception {
        List<Node> nodes = List.of(new Node("a"), new Node("b"));
        PortalUser user = officer();
        ExecutorService pool = Executors.newFixedThreadPool(10);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<MockHttpSession>> signIns = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            Node node = nodes.get(i % 2);
            signIns.add(pool.submit(() -> {
                start.await();
                return node.signIn(user);
            }));
        }
        start.countDown();
        List<MockHttpSession> sessions = new ArrayList<>();
        for (Future<MockHttpSession> f : signIns) {
            sessions.add(f.get());
        }
        pool.shutdown();

        assertThat(live(user)).isEqualTo(2);
        clock.advance(CHECK_EVERY);
        AtomicInteger working = new AtomicInteger();
        for (int i = 0; i < sessions.size(); i++) {
            if (nodes.get(i % 2).request(sessions.get(i)) == null) {
                working.incrementAndGet();
            }
        }
        assertThat(working).as("two sessions go on, eight are sent to the login page").hasValue(2);
        assertThat(endedByLimit(user)).as("each ended session audited once").isEqualTo(8);
    }

    @Test
    void signingOutOnOneNodeFreesAPlaceForASignInOnTheOther() throws Exception {
        Node a = new Node("a");
        Node b = new Node("b");
        PortalUser user = officer();
        MockHttpSession first = a.signIn(user);
        MockHttpSession second = a.signIn(user);
        a.signOut(first);
        MockHttpSession third = b.signIn(user);

        assertThat(endedByLimit(user)).isZero();
        assertThat(rows.expired(first.getId())).isEmpty();
        clock.advance(CHECK_EVERY);
        assertThat(a.request(second)).isNull();
        assertThat(b.request(third)).isNull();
    }

    @Test
    void requestsWithinOneCheckIntervalCostNoStatementAndAnonymousSessionsNone() throws Exception {
        Node a = new Node("a");
        PortalUser user = officer();
        MockHttpSession session = a.signIn(user);
        statements.clear();
        for (int i = 0; i < 50; i++) {
            clock.advance(Duration.ofMillis(90));
            assertThat(a.request(session)).isNull();
            assertThat(a.request(new MockHttpSession(null, "anonymous-" + i))).isNull();
        }
        assertThat(statements).as("50 requests in 4.5 s, and 50 of anonymous sessions").isEmpty();
        clock.advance(Duration.ofMillis(500));
        assertThat(a.request(session)).isNull();
        assertThat(a.request(session)).isNull();
        assertThat(statements).as("one statement records the last request and learns the session lives")
                .containsExactly("touch");
    }

    @Test
    void aRequestAfterACheckIntervalRecordsItselfAndTheRecordNeverMovesBack() throws Exception {
        Node a = new Node("a");
        PortalUser user = officer();
        MockHttpSession session = a.signIn(user);
        var signedInAt = rows.ofAccount(user.accountId()).getFirst().lastRequestAt();
        clock.advance(Duration.ofSeconds(3));
        a.request(session);
        clock.advance(Duration.ofSeconds(3));
        a.request(session);
        var recorded = rows.ofAccount(user.accountId()).getFirst().lastRequestAt();
        assertThat(Duration.between(signedInAt, recorded)).as("the request 3 s after sign-in waited; the one at 6 s wrote")
                .isEqualTo(Duration.ofSeconds(6));
        assertThat(rows.touch(session.getId(), signedInAt)).isTrue();
        assertThat(rows.ofAccount(user.accountId()).getFirst().lastRequestAt()).isEqualTo(recorded);
    }

    @Test
    void aSessionWhoseIdChangesKeepsItsPlaceUnderItsNewId() throws Exception {
        Node a = new Node("a");
        PortalUser user = officer();
        MockHttpSession session = a.signIn(user);
        String old = session.getId();
        MockHttpSession renamed = new MockHttpSession(null, UUID.randomUUID() + ".a");
        renamed.setAttribute("x", "y");
        a.registry.onApplicationEvent(new HttpSessionIdChangedEvent(renamed, old));

        assertThat(rows.expired(old)).isEmpty();
        assertThat(rows.expired(renamed.getId())).contains(false);
        assertThat(a.registry.getSessionInformation(old)).isNull();
        assertThat(a.registry.getSessionInformation(renamed.getId())).isNotNull();
    }

    @Test
    void aSessionSweptWhileItsNodeStillHoldsItIsCountedAgainAtItsNextCheck() throws Exception {
        Node a = new Node("a");
        PortalUser user = officer();
        MockHttpSession session = a.signIn(user);
        rows.delete(session.getId());
        clock.advance(CHECK_EVERY);
        assertThat(a.request(session)).isNull();
        assertThat(rows.expired(session.getId())).contains(false);
    }

    @Test
    void aSignInWithoutAPortalAccountIsRefusedRatherThanLeftUncounted() {
        Node a = new Node("a");
        assertThatThrownBy(() -> a.registry.registerNewSession("s-" + UUID.randomUUID(), "someone"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("portal account");
        assertThat(a.registry.getSessionInformation("never-registered")).isNull();
    }

    @Test
    void aSessionEndedTwiceIsAuditedOnce() throws Exception {
        Node a = new Node("a");
        Node b = new Node("b");
        PortalUser user = officer();
        a.signIn(user);
        a.signIn(user);
        var seenByA = a.registry.getAllSessions(user, false);
        var seenByB = b.registry.getAllSessions(user, false);
        seenByA.getFirst().expireNow();
        seenByB.stream().filter(s -> s.getSessionId().equals(seenByA.getFirst().getSessionId())).findFirst()
                .orElseThrow().expireNow();

        assertThat(endedByLimit(user)).isEqualTo(1);
        assertThat(a.registry.getAllSessions(user, false)).hasSize(1);
        assertThat(a.registry.getAllSessions(user, true)).hasSize(2);
        assertThat(Optional.ofNullable(a.registry.getSessionInformation(seenByA.getFirst().getSessionId())))
                .hasValueSatisfying(s -> assertThat(s.isExpired()).isTrue());
    }
}
