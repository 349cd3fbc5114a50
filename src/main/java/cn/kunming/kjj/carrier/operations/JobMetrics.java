package cn.kunming.kjj.carrier.operations;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import net.javacrumbs.shedlock.core.ExtensibleLockProvider;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.MethodIntrospector;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.util.ClassUtils;
import org.springframework.util.ReflectionUtils;
import org.springframework.scheduling.support.ScheduledTaskObservationContext;

import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Each scheduled job's last run on this node, its duration and outcome, from Spring's observation of every
 * {@code @Scheduled} run: {@code portal_job_last_run_timestamp_seconds}, {@code portal_job_last_success_timestamp_seconds},
 * {@code portal_job_last_duration_seconds}, {@code portal_job_last_outcome} (1 success, 0 failure, -1 skipped) and
 * {@code portal_job_runs_total{outcome}}. A job is named by its ShedLock lock. A run is "skipped" when another node held
 * the job's lock: the lock provider is watched for refusals, so that a skip never reads as a run.
 */
@Configuration(proxyBeanMethods = false)
class JobMetrics {

    /** One job's latest figures (NaN until it has run on this node). */
    static final class JobState {
        volatile double lastRun = Double.NaN;
        volatile double lastSuccess = Double.NaN;
        volatile double lastDuration = Double.NaN;
        volatile double lastOutcome = Double.NaN;
    }

    enum Outcome {
        SUCCESS(1), FAILURE(0), SKIPPED(-1);

        final int value;

        Outcome(int value) {
            this.value = value;
        }
    }

    /** Set on the job's thread when the lock provider refused the lock (another node runs the job). */
    private static final ThreadLocal<Boolean> LOCK_REFUSED = new ThreadLocal<>();

    @Bean
    JobRuns jobRuns(MeterRegistry registry) {
        return new JobRuns(registry);
    }

    @Bean
    ObservationHandler<ScheduledTaskObservationContext> jobObservationHandler(JobRuns runs) {
        return new ObservationHandler<>() {
            @Override
            public void onStart(ScheduledTaskObservationContext context) {
                LOCK_REFUSED.remove();
                context.put(Long.class, System.nanoTime());
            }

            @Override
            public void onStop(ScheduledTaskObservationContext context) {
                Long started = context.get(Long.class);
                double seconds = started == null ? Double.NaN : (System.nanoTime() - started) / 1e9;
                Outcome outcome = context.getError() != null ? Outcome.FAILURE
                        : Boolean.TRUE.equals(LOCK_REFUSED.get()) ? Outcome.SKIPPED : Outcome.SUCCESS;
                LOCK_REFUSED.remove();
                runs.record(jobName(context.getTargetClass(), context.getMethod()), outcome, seconds);
            }

            @Override
            public boolean supportsContext(Observation.Context context) {
                return context instanceof ScheduledTaskObservationContext;
            }
        };
    }

    /** Watches the ShedLock provider: a refused lock marks the current run as skipped. */
    @Bean
    static BeanPostProcessor lockRefusalWatcher() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof LockProvider provider && !(bean instanceof Watched)) {
                    return provider instanceof ExtensibleLockProvider ? new WatchedExtensible(provider)
                            : new WatchedPlain(provider);
                }
                return bean;
            }
        };
    }

    private interface Watched extends LockProvider {
        LockProvider delegate();

        @Override
        default Optional<SimpleLock> lock(LockConfiguration configuration) {
            Optional<SimpleLock> lock = delegate().lock(configuration);
            if (lock.isEmpty()) {
                LOCK_REFUSED.set(Boolean.TRUE);
            }
            return lock;
        }
    }

    private record WatchedPlain(LockProvider delegate) implements Watched {
    }

    private record WatchedExtensible(LockProvider delegate) implements Watched, ExtensibleLockProvider {
    }

    static String jobName(Class<?> targetClass, Method method) {
        Method specific = AopUtils.getMostSpecificMethod(method, targetClass);
        SchedulerLock lock = AnnotatedElementUtils.findMergedAnnotation(specific, SchedulerLock.class);
        if (lock == null) {
            lock = AnnotatedElementUtils.findMergedAnnotation(method, SchedulerLock.class);
        }
        return lock != null && !lock.name().isBlank() ? lock.name()
                : targetClass.getSimpleName() + "." + method.getName();
    }

    /** The per-job figures and their meters. */
    static final class JobRuns {

        private final MeterRegistry registry;
        private final Map<String, JobState> jobs = new ConcurrentHashMap<>();

        JobRuns(MeterRegistry registry) {
            this.registry = registry;
        }

        JobState job(String name) {
            return jobs.computeIfAbsent(name, n -> {
                JobState state = new JobState();
                Gauge.builder("portal_job_last_run_timestamp_seconds", state, s -> s.lastRun)
                        .description("When the job last ran on this node (start, epoch seconds; skips included)")
                        .tag("job", n).register(registry);
                Gauge.builder("portal_job_last_success_timestamp_seconds", state, s -> s.lastSuccess)
                        .description("When the job last completed without an error on this node (epoch seconds)")
                        .tag("job", n).register(registry);
                Gauge.builder("portal_job_last_duration_seconds", state, s -> s.lastDuration)
                        .description("How long the job's last run on this node took").tag("job", n).register(registry);
                Gauge.builder("portal_job_last_outcome", state, s -> s.lastOutcome)
                        .description("The last run on this node: 1 success, 0 failure, -1 skipped (another node held the lock)")
                        .tag("job", n).register(registry);
                for (Outcome outcome : Outcome.values()) {
                    registry.counter("portal_job_runs_total", "job", n, "outcome", outcome.name().toLowerCase(java.util.Locale.ROOT));
                }
                return state;
            });
        }

        void record(String name, Outcome outcome, double seconds) {
            JobState state = job(name);
            double now = System.currentTimeMillis() / 1000.0;
            state.lastRun = Double.isNaN(seconds) ? now : now - seconds;
            state.lastDuration = seconds;
            state.lastOutcome = outcome.value;
            if (outcome == Outcome.SUCCESS) {
                state.lastSuccess = now;
            }
            registry.counter("portal_job_runs_total", "job", name, "outcome", outcome.name().toLowerCase(java.util.Locale.ROOT)).increment();
        }

        /** Every {@code @Scheduled} method, so that a job that has not run yet shows (as NaN) rather than not at all. */
        @EventListener(ApplicationReadyEvent.class)
        void registerScheduledJobs(ApplicationReadyEvent event) {
            var context = event.getApplicationContext();
            for (String bean : context.getBeanDefinitionNames()) {
                Class<?> type = context.getType(bean, false);
                if (type == null || !type.getName().startsWith("cn.kunming.kjj.carrier.")) {
                    continue;
                }
                Class<?> user = ClassUtils.getUserClass(type);
                MethodIntrospector.selectMethods(user, (ReflectionUtils.MethodFilter) m ->
                                AnnotatedElementUtils.hasAnnotation(m, Scheduled.class))
                        .forEach(m -> job(jobName(user, m)));
            }
        }

        List<String> names() {
            return List.copyOf(jobs.keySet());
        }
    }
}
