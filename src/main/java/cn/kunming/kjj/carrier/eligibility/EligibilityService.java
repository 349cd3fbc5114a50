package cn.kunming.kjj.carrier.eligibility;

import org.jspecify.annotations.Nullable;
import cn.kunming.kjj.carrier.audit.AuditAction;
import cn.kunming.kjj.carrier.audit.AuditEntry;
import cn.kunming.kjj.carrier.audit.AuditedEntity;
import cn.kunming.kjj.carrier.audit.AuditLog;
import cn.kunming.kjj.carrier.common.PortalException;
import cn.kunming.kjj.carrier.eligibility.repository.RuleSetRepository;
import cn.kunming.kjj.carrier.security.Access;
import cn.kunming.kjj.carrier.security.CurrentUser;
import cn.kunming.kjj.carrier.security.PortalUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Applies the conditions of Art. 2–3 with the rule-set version in force on the submission date (A8.1), and lets
 * the administrator add a new version effective from a date. Anyone may ask: applicants check themselves before
 * registering, and other government systems ask through the API.
 */
@Service
public class EligibilityService {

    private static final Pattern VERSION = Pattern.compile("[A-Za-z0-9._-]{1,32}");

    private final RuleSetRepository ruleSets;
    private final AuditLog audit;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final MeasuresValidity validity;

    EligibilityService(RuleSetRepository ruleSets, AuditLog audit, CurrentUser currentUser, Clock clock,
                       MeasuresValidity validity) {
        this.validity = validity;
        this.ruleSets = ruleSets;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * Judges the facts by the version in force on their submission date (today when none is given). Refusing facts
     * that cannot be true leaves a caller's transaction usable.
     */
    @PreAuthorize(Access.ANYONE)
    @Transactional(readOnly = true, noRollbackFor = InvalidFactsException.class)
    public EligibilityResult evaluate(Facts facts) {
        List<FactsCheck.Problem> problems = FactsCheck.problems(facts);
        if (!problems.isEmpty()) {
            throw new InvalidFactsException(problems);
        }
        LocalDate day = facts.submittedOn() == null ? LocalDate.now(clock) : facts.submittedOn();
        RuleSet rules = ruleSets.findInForceOn(day)
                .orElseThrow(() -> new PortalException("eligibility.noRuleSet", day.toString(), validity.validity()));
        return EligibilityRules.evaluate(facts, rules);
    }

    @PreAuthorize(Access.ANYONE)
    @Transactional(readOnly = true)
    public List<RuleSet> ruleSets() {
        return ruleSets.findAll();
    }

    /**
     * Adds a version that starts on {@code validFrom}; the version in force before it ends the day before. History
     * is never rewritten: a new version must start after every existing one, and not in the past.
     */
    @PreAuthorize(Access.ADMIN)
    @Transactional
    public void addVersion(RuleSet proposed) {
        if (proposed == null) {
            throw new PortalException("ruleSet.missing");
        }
        if (proposed.version() == null || !VERSION.matcher(proposed.version()).matches()) {
            throw new PortalException("ruleSet.versionInvalid");
        }
        if (proposed.title() == null || proposed.title().isBlank()) {
            throw new PortalException("ruleSet.titleRequired");
        }
        if (ruleSets.findByVersion(proposed.version()).isPresent()) {
            throw new PortalException("ruleSet.versionTaken", proposed.version());
        }
        LocalDate today = LocalDate.now(clock);
        if (proposed.validFrom().isBefore(today)) {
            throw new PortalException("ruleSet.startsInThePast", proposed.validFrom().toString());
        }
        if (proposed.validTo() != null && proposed.validTo().isBefore(proposed.validFrom())) {
            throw new PortalException("tenant.validToBeforeFrom");
        }
        for (var t : proposed.thresholds().entrySet()) {
            if (t.getValue().signum() < 0) {
                throw new PortalException("ruleSet.negative", t.getKey().name());
            }
        }
        MeasureFigures.problem(proposed).ifPresent(key -> {
            throw new PortalException(key);
        });
        List<RuleSet> existing = ruleSets.findAll();
        RuleSet latest = existing.stream().max(Comparator.comparing(RuleSet::validFrom)).orElse(null);
        if (latest != null && !proposed.validFrom().isAfter(latest.validFrom())) {
            throw new PortalException("ruleSet.notAfterLatest", latest.version(), latest.validFrom().toString());
        }
        if (latest != null && (latest.validTo() == null || !latest.validTo().isBefore(proposed.validFrom()))) {
            ruleSets.endValidity(latest.version(), proposed.validFrom().minusDays(1));
        }
        String actor = currentUser.get().map(PortalUser::username).orElse(AuditLog.SYSTEM_ACTOR);
        ruleSets.insert(proposed, LocalDateTime.now(clock), actor);
        audit.record(AuditEntry.of(AuditAction.RULE_SET_ADDED, AuditedEntity.RULE_SET, proposed.version()).rule("A8.1")
                .detail(proposed.title() + " from " + proposed.validFrom() + changes(latest, proposed)));
    }

    private static String changes(@Nullable RuleSet before, RuleSet after) {
        if (before == null) {
            return "";
        }
        StringBuilder changed = new StringBuilder("; changed:");
        for (Threshold t : Threshold.values()) {
            BigDecimal old = before.get(t);
            BigDecimal now = after.get(t);
            if (old.compareTo(now) != 0) {
                changed.append(' ').append(t.name()).append(' ').append(old.toPlainString()).append("→")
                        .append(now.toPlainString());
            }
        }
        return changed.toString();
    }
}
