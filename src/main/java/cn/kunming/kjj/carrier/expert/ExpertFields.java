package cn.kunming.kjj.carrier.expert;

import org.jspecify.annotations.Nullable;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Fields are typed as a list separated by 、 ， , ; or ；. */
public final class ExpertFields {

    private ExpertFields() {
    }

    public static List<String> parse(@Nullable String text) {
        if (text == null) {
            return List.of();
        }
        return Arrays.stream(text.split("[、，,;；\\n]")).map(String::strip).filter(s -> !s.isEmpty()).distinct()
                .toList();
    }

    public static String join(List<String> fields) {
        return String.join("、", fields);
    }

    static boolean same(String a, String b) {
        return norm(a).equals(norm(b)) || !norm(a).isEmpty() && !norm(b).isEmpty()
                && (norm(a).contains(norm(b)) || norm(b).contains(norm(a)));
    }

    private static String norm(String s) {
        return s.replaceAll("\\s", "").toLowerCase(Locale.ROOT);
    }
}
