package cn.kunming.kjj.carrier.security;

import org.springframework.boot.web.server.context.WebServerGracefulShutdownLifecycle;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * A node that stops (an upgrade, a scale-down) removes its sessions from the shared registry once its web server has
 * stopped taking requests, so that they neither count against their accounts nor wait to be swept. The servlet
 * container ends its sessions without telling the registry (the application is closing by then).
 */
@Component
class ReleaseSessionsAtShutdown implements SmartLifecycle {

    private final SharedSessionRegistry registry;
    private volatile boolean running;

    ReleaseSessionsAtShutdown(SharedSessionRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void start() {
        running = true;
    }

    @Override
    public void stop() {
        running = false;
        registry.releaseOwnSessions();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Stopped after the web server (lower phases stop later), while the database is still there. */
    @Override
    public int getPhase() {
        return WebServerGracefulShutdownLifecycle.SMART_LIFECYCLE_PHASE - 2048;
    }
}
