package cn.kunming.kjj.carrier.benchmark;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;

/**
 * A service call and the same SQL over plain JDBC, timed in turns (issue 27, decision 0041): both warmed until the JIT
 * has compiled them, then run alternately, each round starting with the other one, so that the machine's load, the
 * database's buffer pool and the JIT treat both alike. Besides the wall time it keeps the calling thread's CPU time,
 * which a shared machine's run queue and the database's own work do not stretch: the service's CPU beyond the JDBC
 * driver's is what the framework (security, transactions, jOOQ, mapping) costs.
 */
record PairedTiming(Timing service, Timing raw, double serviceCpuMs, double rawCpuMs) {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final int WARM_UP_ROUNDS = 200;
    private static final long WARM_UP_NANOS = 4_000_000_000L;
    private static final int ROUNDS = 40;
    private static final long ROUNDS_NANOS = 15_000_000_000L;

    static PairedTiming of(Runnable service, Runnable raw) {
        long warmUntil = System.nanoTime() + WARM_UP_NANOS;
        for (int i = 0; i < WARM_UP_ROUNDS && (i < 10 || System.nanoTime() < warmUntil); i++) {
            service.run();
            raw.run();
        }
        double[][] wall = new double[2][ROUNDS];
        double[][] cpu = new double[2][ROUNDS];
        Runnable[] both = {service, raw};
        int n = 0;
        long deadline = System.nanoTime() + ROUNDS_NANOS;
        while (n < ROUNDS && (n < 10 || System.nanoTime() < deadline)) {
            for (int turn = 0; turn < 2; turn++) {
                int which = (n + turn) % 2;
                long cpuStart = THREADS.getCurrentThreadCpuTime();
                long start = System.nanoTime();
                both[which].run();
                wall[which][n] = (System.nanoTime() - start) / 1e6;
                cpu[which][n] = (THREADS.getCurrentThreadCpuTime() - cpuStart) / 1e6;
            }
            n++;
        }
        return new PairedTiming(Timing.of(Arrays.copyOf(wall[0], n)), Timing.of(Arrays.copyOf(wall[1], n)),
                median(Arrays.copyOf(cpu[0], n)), median(Arrays.copyOf(cpu[1], n)));
    }

    double ratio() {
        return service.medianMs() / raw.medianMs();
    }

    /** The service's wall time beyond the SQL's, shared among the service calls that made the page. */
    double overheadPerCallMs(int calls) {
        return (service.medianMs() - raw.medianMs()) / calls;
    }

    /** The service's CPU beyond the JDBC driver's, per service call. */
    double frameworkCpuPerCallMs(int calls) {
        return (serviceCpuMs - rawCpuMs) / calls;
    }

    private static double median(double[] samples) {
        double[] sorted = samples.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
