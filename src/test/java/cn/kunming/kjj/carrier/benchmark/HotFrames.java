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
