package cn.kunming.kjj.carrier.expertreview;

import cn.kunming.kjj.carrier.common.CarrierKind;
import org.springframework.stereotype.Component;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The features that supply subjects, one per type; a type without a source is a wiring error found at start-up. */
@Component
class SubjectSources {

    private final Map<SubjectType, SubjectSource> byType = new EnumMap<>(SubjectType.class);

    SubjectSources(List<SubjectSource> sources) {
        sources.forEach(s -> {
            if (byType.put(s.type(), s) != null) {
                throw new IllegalStateException("two subject sources for " + s.type());
            }
        });
        for (SubjectType type : SubjectType.values()) {
            if (!byType.containsKey(type)) {
                throw new IllegalStateException("no subject source for " + type);
            }
        }
    }

    Optional<ReviewSubject> find(Subject subject) {
        return java.util.Objects.requireNonNull(byType.get(subject.type())).find(subject.id());
    }

    boolean reviewInProgress(CarrierKind kind) {
        return byType.values().stream().anyMatch(s -> s.reviewInProgress(kind));
    }
}
