package cn.kunming.kjj.carrier.review;

import cn.kunming.kjj.carrier.common.DossierId;
import cn.kunming.kjj.carrier.credit.CheckOccasion;
import cn.kunming.kjj.carrier.credit.CheckWindow;
import cn.kunming.kjj.carrier.credit.CreditChecker;
import cn.kunming.kjj.carrier.credit.ListingEntry;
import cn.kunming.kjj.carrier.tenant.HostUnit;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A unit on the serious-dishonesty list within the year before its submission fails C2.5/C3.6: it is not
 * recommended, assigned experts or proposed for the list. Asked before each of those steps acts, so a refusal changes
 * nothing; the step's own check is recorded afterwards as before.
 */
@Component
class CreditGate {

    private final CreditChecker credit;

    CreditGate(CreditChecker credit) {
        this.credit = credit;
    }

    List<ListingEntry> listings(HostUnit unit, LocalDate submittedOn) {
        return credit.listed(unit.creditCode(), CheckWindow.lastYearBefore(submittedOn));
    }

    /**
     * Refuses the step for a listed unit, before it writes anything. The check that refused it is recorded and kept:
     * the steps' transactions do not roll back for a {@link CreditBlockedException}, so the dossier's credit record
     * says why.
     */
    void requireNotListed(HostUnit unit, LocalDate submittedOn, CheckOccasion occasion, DossierId dossierId) {
        List<ListingEntry> found = listings(unit, submittedOn);
        if (!found.isEmpty()) {
            credit.check(unit.id(), unit.tenantId(), unit.creditCode(), occasion, CheckWindow.lastYearBefore(submittedOn),
                    dossierId, null);
            throw new CreditBlockedException("review.creditBlocks", unit.name(), found.stream()
                    .map(e -> e.listType() + "（" + e.authority() + "，" + e.listedOn() + "）")
                    .collect(Collectors.joining("；")));
        }
    }
}
