package cn.kunming.kjj.carrier.dossier;

import cn.kunming.kjj.carrier.eligibility.Facts;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What changed from one submitted version to the next, by section — the same sections the district's checklist
 * names (P4.3), so that a reviewer sees at once whether the reasons of a return were addressed.
 */
public final class DossierChanges {

    private DossierChanges() {
    }

    /** The codes of the sections that differ, in checklist order; attachments by their file hashes. */
    public static List<String> between(DossierVersion before, DossierVersion after) {
        DossierContent a = before.content();
        DossierContent b = after.content();
        List<String> changed = new ArrayList<>();
        if (!Objects.equals(a.facts().name(), b.facts().name()) || !Objects.equals(a.industryField(), b.industryField())) {
            changed.add("basic");
        }
        if (!Objects.equals(withoutNameAndDay(a.facts()), withoutNameAndDay(b.facts()))) {
            changed.add("facts");
        }
        if (!a.team().equals(b.team()) || !a.advisors().equals(b.advisors())) {
            changed.add("team");
        }
        if (!a.reserveProjects().equals(b.reserveProjects())) {
            changed.add("reserveProjects");
        }
        if (!a.services().equals(b.services())) {
            changed.add("services");
        }
        if (!Objects.equals(a.managementSystems(), b.managementSystems())) {
            changed.add("managementSystems");
        }
        if (!Objects.equals(a.performanceEvidence(), b.performanceEvidence())) {
            changed.add("performanceEvidence");
        }
        if (a.commitment() != b.commitment()) {
            changed.add("commitment");
        }
        if (!before.attachments().stream().map(Attachment::sha256).sorted().toList()
                .equals(after.attachments().stream().map(Attachment::sha256).sorted().toList())) {
            changed.add("attachments");
        }
        return changed;
    }

    /** The submission date and the name are not facts that changed; they are compared elsewhere. */
    private static Facts withoutNameAndDay(Facts f) {
        return new Facts(f.kind(), "", null, f.hostType(), f.independentLegalPerson(), f.registeredInKunming(),
                f.siteAreaSqm().stripTrailingZeros(), f.operatingTeam(),
                f.headExperienced(), f.advisors(), f.techBrokers(), f.reserveProjects(), f.servicesInLastTwoYears(),
                f.seriousDishonestyListed(), f.majorIncidentInLastYear(), f.poc(), f.pilot());
    }
}
