package cn.kunming.kjj.carrier.dashboard.ui;

import cn.kunming.kjj.carrier.common.ui.MenuBadges;
import cn.kunming.kjj.carrier.dashboard.InboxService;
import cn.kunming.kjj.carrier.dashboard.Waiting;
import org.springframework.stereotype.Component;

import cn.kunming.kjj.carrier.audit.ChangeRecorded;
import org.springframework.transaction.event.TransactionalEventListener;

import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.TreeMap;

/** The inbox's counts as the menu's badges: items of one page (two kinds may share it) add up. */
@Component
class InboxMenuBadges implements MenuBadges {

    private final InboxService inbox;
    private final AtomicLong changes = new AtomicLong();

    InboxMenuBadges(InboxService inbox) {
        this.inbox = inbox;
    }

    @Override
    public Map<String, Long> waitingByPath() {
        Map<String, Long> byPath = new TreeMap<>();
        for (Waiting w : inbox.waiting()) {
            if (w.count() > 0) {
                byPath.merge(w.work().path(), w.count(), Long::sum);
            }
        }
        return byPath;
    }

    @Override
    public long changes() {
        return changes.get();
    }

    /** After the commit only: counting before it would show the state before the change. */
    @TransactionalEventListener(fallbackExecution = true)
    void changed(ChangeRecorded change) {
        changes.incrementAndGet();
    }
}
