package cn.kunming.kjj.carrier.benchmark;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The CPU samples of a flight recording (jdk.ExecutionSample, what {@code jfr print --events jdk.ExecutionSample}
 * lists) summed by frame: the method on top of each sampled stack, and the first frame outside the JDK, which names
 * the library or portal code that spent the time.
 */
final class HotFrames {

    private static final List<String> JDK = List.of("java.", "javax.", "jdk.", "sun.", "com.sun.");

    private HotFrames() {
    }

    static void write(Path recording, BenchmarkReport report, int top) throws IOException {
        List<RecordedEvent> samples = RecordingFile.readAllEvents(recording).stream()
                .filter(e -> e.getEventType().getName().equals("jdk.ExecutionSample"))
                .filter(e -> e.getStackTrace() != null && !e.getStackTrace().getFrames().isEmpty()).toList();
        report.line(samples.size() + " samples of running Java threads (JFR's profile settings: one every 10 ms per thread).");
        report.line("");
        table(report, "top frame (self time)", samples, s -> name(s.getFrames().getFirst()), top);
        table(report, "first frame outside the JDK", samples, HotFrames::firstOutsideJdk, top);
        causes(report, samples);
    }

    /**
     * Known costs wherever they sit in a stack (a sample counts once per cause; a stack can hold several): what decision
     * 0041 looked for, so that runs before and after can be compared by share.
     */
    private static final Map<String, List<String>> CAUSES = new java.util.LinkedHashMap<>();

    static {
        CAUSES.put("BCrypt (sign-in)", List.of("org.springframework.security.crypto.bcrypt.BCrypt."));
        CAUSES.put("Vaadin's service lookup (`LookupInitializer$LookupImpl.lookup`)",
                List.of("com.vaadin.flow.di.LookupInitializer$LookupImpl.lookup"));
        CAUSES.put("resources looked up in the nested jars (`org.springframework.boot.loader`)",
                List.of("org.springframework.boot.loader."));
        CAUSES.put("Jackson (Vaadin's responses)", List.of("tools.jackson."));
        CAUSES.put("Micrometer observations (`SimpleObservation`)", List.of("io.micrometer.observation.SimpleObservation."));
        CAUSES.put("messages made for a disabled log level (Commons Logging's SLF4J bridge)",
                List.of("org.apache.commons.logging.impl.Slf4jLogFactory$"));
        CAUSES.put("Logback (lines written)", List.of("ch.qos.logback."));
        CAUSES.put("jOOQ", List.of("org.jooq."));
        CAUSES.put("JDBC driver", List.of("com.mysql.cj."));
    }

    private static void causes(BenchmarkReport report, List<RecordedEvent> samples) {
        report.table("cause (anywhere in the stack)", "samples", "share");
        CAUSES.forEach((cause, prefixes) -> {
            long n = samples.stream().filter(s -> s.getStackTrace().getFrames().stream().anyMatch(
                    f -> prefixes.stream().anyMatch(name(f)::startsWith))).count();
            report.row(cause, n, String.format("%.1f%%", 100.0 * n / samples.size()));
        });
        report.line("");
    }

    private static void table(BenchmarkReport report, String what, List<RecordedEvent> samples,
                              Function<RecordedStackTrace, String> frame, int top) {
        Map<String, Integer> counts = new HashMap<>();
        samples.forEach(s -> counts.merge(frame.apply(s.getStackTrace()), 1, Integer::sum));
        report.table("#", what, "samples", "share");
        List<Map.Entry<String, Integer>> hottest = counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(top).toList();
        for (int i = 0; i < hottest.size(); i++) {
            var e = hottest.get(i);
            report.row(i + 1, "`" + e.getKey() + "`", e.getValue(),
                    String.format("%.1f%%", 100.0 * e.getValue() / samples.size()));
        }
        report.line("");
    }

    private static String firstOutsideJdk(RecordedStackTrace stack) {
        for (RecordedFrame f : stack.getFrames()) {
            String type = f.getMethod().getType().getName();
            if (JDK.stream().noneMatch(type::startsWith)) {
                return name(f);
            }
        }
        return "(JDK only) " + name(stack.getFrames().getFirst());
    }

    private static String name(RecordedFrame f) {
        return f.getMethod().getType().getName() + "." + f.getMethod().getName();
    }
}
