package cn.kunming.kjj.carrier.benchmark;

import cn.kunming.kjj.carrier.support.PortalClient;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What an open browser tab sends without anyone clicking: Vaadin's heartbeat, at the interval the server gave the page.
 * Without it the server may close a benchmark's idle UIs (decision 0033) and the heap or load figures would describe
 * tabs that were closed, not open ones.
 */
final class Heartbeats implements AutoCloseable {

    private final ExecutorService beats = Executors.newVirtualThreadPerTaskExecutor();
    private final AtomicInteger refused = new AtomicInteger();

    /** Starts the client's heartbeat; closing the answer stops it (the tab was closed). */
    AutoCloseable keep(PortalClient client) {
        AtomicBoolean open = new AtomicBoolean(true);
        beats.submit(() -> {
            while (open.get()) {
                Thread.sleep(client.heartbeatSeconds() * 1000L);
                if (open.get() && !client.heartbeat()) {
                    refused.incrementAndGet();
                }
            }
            return null;
        });
        return () -> open.set(false);
    }

    /** Heartbeats the server answered with an error (a UI it had already closed). */
    int refused() {
        return refused.get();
    }

    @Override
    public void close() {
        beats.shutdownNow();
    }
}
