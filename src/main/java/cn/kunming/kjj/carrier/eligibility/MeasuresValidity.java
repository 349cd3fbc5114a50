package cn.kunming.kjj.carrier.eligibility;

import cn.kunming.kjj.carrier.common.PortalException;
import cn.kunming.kjj.carrier.eligibility.repository.RuleSetRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The validity of the measures (Art. 8, A8.1) as the rule-set versions state it: each version is in force over its
 * own dates, and nothing is in force outside all of them. Other features ask here whether a day lies within the
 * measures, and for the versioned figures that apply on a day.
 */
@Component
public class MeasuresValidity {

    private final RuleSetRepository ruleSets;

    MeasuresValidity(RuleSetRepository ruleSets) {
        this.ruleSets = ruleSets;
    }

    /** The version in force on the day. */
    @Transactional(readOnly = true)
    public Optional<RuleSet> inForceOn(LocalDate day) {
        return ruleSets.findInForceOn(day);
    }

    /** Refuses, naming Art. 8 and the validity of every version, a day on which no version of the measures is in force. */
    @Transactional(readOnly = true)
    public RuleSet requireInForce(LocalDate day) {
        return ruleSets.findInForceOn(day).orElseThrow(() -> new PortalException("measures.outsideValidity",
                day.toString(), validity()));
    }

    /** The validity of every version, as people read it: 2025-11-14 至 2028-11-14. */
    @Transactional(readOnly = true)
    public String validity() {
        List<RuleSet> all = ruleSets.findAll().stream().sorted(Comparator.comparing(RuleSet::validFrom)).toList();
        if (all.isEmpty()) {
            return "—";
        }
        return all.stream().map(r -> r.validFrom() + " 至 " + (r.validTo() == null ? "（未定）" : r.validTo().toString()))
                .collect(Collectors.joining("；"));
    }

    /** The last day of the latest version, if it has one: the day the measures expire when no successor follows. */
    @Transactional(readOnly = true)
    public Optional<LocalDate> expiresOn() {
        return ruleSets.findAll().stream().max(Comparator.comparing(RuleSet::validFrom))
                .flatMap(latest -> Optional.ofNullable(latest.validTo()));
    }

    /**
     * The figure in force on the day. After the last version ends, the figures of that last version go on applying to
     * obligations that already exist (decision 0025). A day before the first version (a record dated before the
     * measures, such as imported history) takes the first version's figures: there were no others.
     */
    @Transactional(readOnly = true)
    public java.math.BigDecimal figure(Threshold figure, LocalDate day) {
        List<RuleSet> all = ruleSets.findAll().stream().sorted(Comparator.comparing(RuleSet::validFrom)).toList();
        if (all.isEmpty()) {
            throw new PortalException("measures.outsideValidity", day.toString(), "—");
        }
        RuleSet applying = all.getFirst();
        for (RuleSet r : all) {
            if (!r.validFrom().isAfter(day)) {
                applying = r;
            }
        }
        return applying.get(figure);
    }
}
