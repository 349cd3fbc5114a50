package cn.kunming.kjj.carrier.security;

import org.springframework.security.core.session.SessionInformation;

import java.io.Serial;
import java.util.Date;

/** A session of any node as Spring's concurrent-session control sees it; ending it marks its row for its own node. */
final class SharedSessionInformation extends SessionInformation {

    @Serial
    private static final long serialVersionUID = 1L;

    private final transient SharedSessionRegistry registry;
    private final String nodeRoute;

    SharedSessionInformation(SharedSessionRegistry registry, Object principal, String sessionId, String nodeRoute,
                             Date lastRequest, boolean expired) {
        super(principal, sessionId, lastRequest);
        this.registry = registry;
        this.nodeRoute = nodeRoute;
        if (expired) {
            super.expireNow();
        }
    }

    String nodeRoute() {
        return nodeRoute;
    }

    @Override
    public void expireNow() {
        if (!isExpired()) {
            registry.expireByLimit(this);
        }
        super.expireNow();
    }
}
