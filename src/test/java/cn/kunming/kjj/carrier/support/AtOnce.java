package cn.kunming.kjj.carrier.support;

import cn.kunming.kjj.carrier.common.PortalException;
import cn.kunming.kjj.carrier.security.PortalUser;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * People acting at the same moment: each action on its own thread, signed in as its user, all released together.
 * An action's outcome is what it returned, or the {@link PortalException} that refused it.
 */
public final class AtOnce {

    private AtOnce() {
    }

    public static List<Object> run(List<PortalUser> users, List<Callable<Object>> actions) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(actions.size());
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Object>> results = new ArrayList<>();
        for (int i = 0; i < actions.size(); i++) {
            PortalUser user = users.get(i);
            Callable<Object> action = actions.get(i);
            results.add(pool.submit(() -> {
                As.signIn(user);
                start.await();
                try {
                    return action.call();
                } catch (PortalException refused) {
                    return refused;
                } finally {
                    As.signOut();
                }
            }));
        }
        start.countDown();
        List<Object> outcomes = new ArrayList<>();
        for (Future<Object> f : results) {
            outcomes.add(f.get());
        }
        pool.shutdown();
        return outcomes;
    }

    /** The same action by the same person, pressed {@code times} times at once. */
    public static List<Object> times(int times, PortalUser user, Callable<Object> action) throws Exception {
        return run(Collections.nCopies(times, user), Collections.nCopies(times, action));
    }
}
