package cn.kunming.kjj.carrier.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One section of docs/benchmarks/results.md: each benchmark writes its own file under target/benchmarks/, and
 * bench/run.sh puts the sections together with the date, the machine and the volume.
 */
final class BenchmarkReport {

    static final Path DIR = Path.of("target", "benchmarks");
    private final String file;
    private final List<String> lines = new ArrayList<>();

    BenchmarkReport(String file, String title) {
        this.file = file;
        lines.add("### " + title);
        lines.add("");
    }

    BenchmarkReport line(String text) {
        lines.add(text);
        return this;
    }

    BenchmarkReport table(String... headers) {
        lines.add("| " + String.join(" | ", headers) + " |");
        lines.add("|" + " --- |".repeat(headers.length));
        return this;
    }

    BenchmarkReport row(Object... cells) {
        StringBuilder s = new StringBuilder("|");
        for (Object c : cells) {
            s.append(' ').append(c).append(" |");
        }
        lines.add(s.toString());
        return this;
    }

    void write() {
        try {
            Files.createDirectories(DIR);
            lines.add("");
            lines.add("JVM: " + System.getProperty("java.vm.name") + " " + System.getProperty("java.version")
                    + ", max heap " + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MiB, "
                    + ManagementFactory.getOperatingSystemMXBean().getAvailableProcessors() + " processors.");
            lines.add("");
            Files.write(DIR.resolve(file), lines);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
