package cn.kunming.kjj.carrier.dossier;

import cn.kunming.kjj.carrier.common.DossierId;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rules of Art. 2–3 an officer was shown failing on each dossier before recommending, proposing or deciding on it
 * anyway (issue 25, part 4): what the confirmation listed, by rule ID. A step whose dossier fails a rule not listed
 * here is refused (see {@link FailedRules}).
 */
public record RuleAcknowledgement(Map<DossierId, Set<String>> seen) {

    private static final RuleAcknowledgement NONE = new RuleAcknowledgement(Map.of());

    public RuleAcknowledgement {
        Map<DossierId, Set<String>> copy = new HashMap<>();
        seen.forEach((id, rules) -> copy.put(id, Set.copyOf(rules)));
        seen = Map.copyOf(copy);
    }

    /** Nothing acknowledged: a step on a dossier that fails any rule is refused. */
    public static RuleAcknowledgement none() {
        return NONE;
    }

    public static RuleAcknowledgement of(DossierId dossierId, Collection<String> rules) {
        return new RuleAcknowledgement(Map.of(dossierId, Set.copyOf(rules)));
    }

    /** This acknowledgement and the rules seen on one more dossier. */
    public RuleAcknowledgement and(DossierId dossierId, Collection<String> rules) {
        Map<DossierId, Set<String>> more = new HashMap<>(seen);
        more.put(dossierId, Set.copyOf(rules));
        return new RuleAcknowledgement(more);
    }

    /** The rules of {@code failed} that were not shown for the dossier, in their order. */
    List<String> missing(DossierId dossierId, List<String> failed) {
        Set<String> shown = seen.getOrDefault(dossierId, Set.of());
        return failed.stream().filter(rule -> !shown.contains(rule)).toList();
    }
}
