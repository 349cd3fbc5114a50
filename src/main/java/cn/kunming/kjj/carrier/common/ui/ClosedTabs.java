package cn.kunming.kjj.carrier.common.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.VaadinSessionState;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Releases the UI of a closed tab within three minutes (decision 0033). A browser tells the server when a tab closes
 * (Vaadin's beacon), but not always: a crashed or killed browser, a phone that froze the page, a lost network say
 * nothing. Vaadin closes a UI that missed three heartbeats ({@code vaadin.heartbeatInterval}) only while another tab
 * of the same session sends requests; the last tab's UI would wait for the end of the session (30 idle minutes). Every
 * {@code portal.ui.sweep-every} this looks at each session of the node and closes the UIs that missed three heartbeats.
 */
@Component
class ClosedTabs implements VaadinServiceInitListener {

    private final Set<VaadinSession> sessions = ConcurrentHashMap.newKeySet();
    private final boolean sweeping;

    ClosedTabs(@Value("${portal.ui.sweep:true}") boolean sweeping) {
        this.sweeping = sweeping;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(e -> sessions.add(e.getSession()));
        event.getSource().addSessionDestroyListener(e -> sessions.remove(e.getSession()));
    }

    /** Per node, not locked across nodes: each node holds its own UIs. Never waits for a session that is busy. */
    @Scheduled(fixedDelayString = "${portal.ui.sweep-every:PT30S}", initialDelayString = "${portal.ui.sweep-every:PT30S}")
    void sweep() {
        if (!sweeping) {
            return;
        }
        sessions.removeIf(s -> s.getState() == VaadinSessionState.CLOSED);
        for (VaadinSession session : sessions) {
            session.access(() -> closeSilentTabs(session));
        }
    }

    /** Closes and removes the session's UIs that missed three heartbeats; the caller holds the session's lock. */
    static int closeSilentTabs(VaadinSession session) {
        int closed = 0;
        for (UI ui : new ArrayList<>(session.getUIs())) {
            if (!session.getService().isUIActive(ui)) {
                ui.close();
                session.removeUI(ui);
                closed++;
            }
        }
        return closed;
    }
}
