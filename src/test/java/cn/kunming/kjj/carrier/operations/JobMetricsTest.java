package cn.kunming.kjj.carrier.operations;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.junit.jupiter.api.Test;
import org.springframework.scheduling.support.ScheduledTaskObservationContext;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A scheduled job's runs as Spring observes them (the observation every {@code @Scheduled} run makes): success, failure
 * and a run skipped because another node held the job's ShedLock lock each leave their own figures, under the lock's
 * name.
 */
class JobMetricsTest {

    private final MeterRegistry meters = new SimpleMeterRegistry();
    private final JobMetrics.JobRuns runs = new JobMetrics.JobRuns(meters);
    private final ObservationRegistry observations = ObservationRegistry.create();
    /** The node's lock provider, as ShedLock gets it: watched. This one finds the lock held by another node. */
    private final LockProvider heldElsewhere = (LockProvider) JobMetrics.lockRefusalWatcher()
            .postProcessAfterInitialization((LockProvider) configuration -> Optional.<SimpleLock>empty(), "lockProvider");

    JobMetricsTest() {
        observations.observationConfig().observationHandler(new JobMetrics().jobObservationHandler(runs));
    }

    /** A job as the portal writes them. */
    static class NightlyJob {
        @SchedulerLock(name = "nightly-sample", lockAtMostFor = "PT1M")
        void run() {
        }
    }

    private void run(Runnable body) throws Exception {
        java.lang.reflect.Method method = NightlyJob.class.getDeclaredMethod("run");
        Observation.createNotStarted("tasks.scheduled.execution",
                () -> new ScheduledTaskObservationContext(new NightlyJob(), method), observations).observe(body);
    }

    private double gauge(String name) {
        return meters.get(name).tag("job", "nightly-sample").gauge().value();
    }

    private double runsWith(String outcome) {
        return meters.get("portal_job_runs_total").tag("job", "nightly-sample").tag("outcome", outcome).counter().count();
    }

    @Test
    void aSuccessfulRunLeavesItsTimeDurationAndOutcomeUnderTheLocksName() throws Exception {
        double before = System.currentTimeMillis() / 1000.0;
        run(() -> { });

        assertThat(gauge("portal_job_last_outcome")).isEqualTo(1);
        assertThat(gauge("portal_job_last_run_timestamp_seconds")).isGreaterThanOrEqualTo(before - 1);
        assertThat(gauge("portal_job_last_success_timestamp_seconds")).isGreaterThanOrEqualTo(before - 1);
        assertThat(gauge("portal_job_last_duration_seconds")).isGreaterThanOrEqualTo(0);
        assertThat(runsWith("success")).isEqualTo(1);
    }

    @Test
    void aFailedRunCountsAsAFailureAndKeepsTheLastSuccess() throws Exception {
        run(() -> { });
        double success = gauge("portal_job_last_success_timestamp_seconds");
        assertThatThrownBy(() -> run(() -> {
            throw new IllegalStateException("the database went away");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(gauge("portal_job_last_outcome")).isZero();
        assertThat(gauge("portal_job_last_success_timestamp_seconds")).isEqualTo(success);
        assertThat(runsWith("failure")).isEqualTo(1);
        assertThat(runsWith("success")).isEqualTo(1);
    }

    @Test
    void aRunWhoseLockAnotherNodeHeldIsASkipNotARun() throws Exception {
        run(() -> assertThat(heldElsewhere.lock(new LockConfiguration(Instant.now(), "nightly-sample",
                Duration.ofMinutes(1), Duration.ZERO))).isEmpty());

        assertThat(gauge("portal_job_last_outcome")).isEqualTo(-1);
        assertThat(gauge("portal_job_last_success_timestamp_seconds")).isNaN();
        assertThat(runsWith("skipped")).isEqualTo(1);
        assertThat(runsWith("success")).isZero();

        run(() -> { });
        assertThat(gauge("portal_job_last_outcome")).as("the next run on this node is counted again").isEqualTo(1);
    }

    @Test
    void aJobWithoutALockIsNamedByItsClassAndMethod() throws Exception {
        assertThat(JobMetrics.jobName(String.class, String.class.getMethod("length"))).isEqualTo("String.length");
    }
}
