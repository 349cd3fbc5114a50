package cn.kunming.kjj.carrier.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * How the registry of sessions shared by all nodes behaves on this node.
 *
 * @param nodeRoute     this node's route ({@code portal.node-route}; blank on a single node), kept with each session so
 *                      that an operator sees where a session lives
 * @param maxPerAccount sessions one account may hold across all nodes ({@code portal.session.max-per-account}); below 1:
 *                      no limit
 * @param timeout       the session timeout ({@code server.servlet.session.timeout})
 * @param checkEvery    how often at most a session's requests reach the database
 *                      ({@code portal.session.registry-check-every}): to record the last request and to learn whether
 *                      another node ended it
 * @param clock         the machine's real clock, never the portal's movable one: the servlet container ends sessions by
 *                      real time, and the registry must agree with it about which sessions are still alive
 */
record SharedSessionSettings(String nodeRoute, int maxPerAccount, Duration timeout, Duration checkEvery, Clock clock) {

    /** A minute for the nodes' clocks, which must agree within one (as the nightly jobs already require). */
    private static final Duration CLOCK_DIFFERENCE = Duration.ofMinutes(1);

    SharedSessionSettings {
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("the session timeout must be positive, not " + timeout);
        }
        if (checkEvery.isNegative()) {
            throw new IllegalArgumentException("portal.session.registry-check-every must not be negative: " + checkEvery);
        }
    }

    boolean limited() {
        return maxPerAccount > 0;
    }

    /**
     * Sessions whose recorded last request is older than this are gone: their node died, or stopped without saying so.
     * The recorded time lags a session's real last request by up to one check interval; the container ends a session
     * a timeout after its real last request.
     */
    Instant staleBefore(Instant now) {
        return now.minus(timeout).minus(checkEvery).minus(CLOCK_DIFFERENCE);
    }
}
