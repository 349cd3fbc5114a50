package cn.kunming.kjj.carrier.benchmark;

import java.util.Arrays;

/** Runs a piece of work until it has enough samples (or enough seconds) and keeps the median and the 95th percentile. */
record Timing(int runs, double medianMs, double p95Ms) {

    static Timing of(Runnable work) {
        for (int i = 0; i < 3; i++) {
            work.run();
        }
        double[] samples = new double[30];
        int n = 0;
        long deadline = System.nanoTime() + 8_000_000_000L;
        while (n < samples.length && (n < 5 || System.nanoTime() < deadline)) {
            long start = System.nanoTime();
            work.run();
            samples[n++] = (System.nanoTime() - start) / 1e6;
        }
        return of(Arrays.copyOf(samples, n));
    }

    static Timing of(double[] samples) {
        double[] sorted = samples.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return new Timing(n, sorted[n / 2], sorted[Math.min(n - 1, (int) Math.ceil(n * 0.95) - 1)]);
    }

    static String ms(double value) {
        return value < 10 ? String.format("%.2f", value) : String.format("%.0f", value);
    }
}
