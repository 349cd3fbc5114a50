package cn.kunming.kjj.carrier.dossier;

import cn.kunming.kjj.carrier.common.DossierId;
import cn.kunming.kjj.carrier.common.NotFoundException;
import cn.kunming.kjj.carrier.credit.CheckWindow;
import cn.kunming.kjj.carrier.credit.CreditChecker;
import cn.kunming.kjj.carrier.eligibility.EligibilityResult;
import cn.kunming.kjj.carrier.eligibility.EligibilityService;
import cn.kunming.kjj.carrier.eligibility.Outcome;
import cn.kunming.kjj.carrier.eligibility.RuleResult;
import cn.kunming.kjj.carrier.security.TenantScope;
import cn.kunming.kjj.carrier.tenant.HostUnit;
import cn.kunming.kjj.carrier.tenant.HostUnits;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * How the rules of Art. 2–3 (and the naming rule P4.2 judged with them) judge a dossier's submitted version today,
 * with the credit lists of the year before its submission — what the officer's page shows — and the gate that stops a
 * recommendation, proposal or decision on a failing dossier unless the officer was shown exactly those rules (issue
 * 25, part 4). Like the credit gate, asked before the step writes anything, so a refusal changes nothing.
 */
@Component
public class FailedRules {

    private final Dossiers dossiers;
    private final HostUnits units;
    private final CreditChecker credit;
    private final EligibilityService eligibility;

    FailedRules(Dossiers dossiers, HostUnits units, CreditChecker credit, EligibilityService eligibility) {
        this.dossiers = dossiers;
        this.units = units;
        this.credit = credit;
        this.eligibility = eligibility;
    }

    /** The version judged as it stands today: its facts, and whether the unit is listed in the year before it. */
    public EligibilityResult evaluate(DossierVersion version, HostUnit unit) {
        boolean listed = !credit.listed(unit.creditCode(),
                CheckWindow.lastYearBefore(version.submittedAt().toLocalDate())).isEmpty();
        return eligibility.evaluate(version.content().facts().listedByCheck(listed));
    }

    /** The IDs of the rules a result fails, in the order the rules are judged. */
    public static List<String> failed(EligibilityResult result) {
        return result.results().stream().filter(r -> r.outcome() == Outcome.FAIL).map(RuleResult::rule).toList();
    }

    /** The rules the dossier's latest submitted version fails today; nothing for a dossier never submitted. */
    public List<String> of(TenantScope scope, DossierId dossierId) {
        Dossier dossier = dossiers.findById(scope, dossierId).orElseThrow(NotFoundException::new);
        List<DossierVersion> versions = dossiers.versions(scope, dossierId);
        if (versions.isEmpty()) {
            return List.of();
        }
        HostUnit unit = units.findById(scope, dossier.unitId()).orElseThrow(NotFoundException::new);
        return failed(evaluate(versions.getLast(), unit));
    }

    /**
     * Refuses the step, naming the rules, when the dossier fails a rule the officer was not shown — a call that
     * acknowledged nothing, or a dossier that changed since the confirmation. Returns the rules it fails (all of them
     * acknowledged), for the audit record of the step.
     */
    public List<String> requireAcknowledged(TenantScope scope, DossierId dossierId, RuleAcknowledgement seen) {
        List<String> failed = of(scope, dossierId);
        List<String> unseen = seen.missing(dossierId, failed);
        if (!unseen.isEmpty()) {
            throw new UnacknowledgedRulesException(String.join("、", unseen), String.join("、", failed));
        }
        return failed;
    }

    /** The words the audit record of a step adds when the officer went on despite failed rules. */
    public static String auditNote(List<String> acknowledged) {
        return acknowledged.isEmpty() ? "" : "; failed rules shown and acknowledged: " + String.join(", ", acknowledged);
    }
}
