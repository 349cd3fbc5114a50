package cn.kunming.kjj.carrier.dossier;

import cn.kunming.kjj.carrier.eligibility.Facts;
import org.jspecify.annotations.Nullable;

import java.util.List;

/**
 * What the applicant writes: the facts of Art. 2 or 3 (with the proposed name, P4.2), the services offered (Art. 1),
 * a description of the management systems, the written commitment (承诺书) on credit and incidents, the operating
 * team and advisors as people, the reserve projects and the performance evidence, and the industry field the
 * carrier serves (experts are proposed by it, P4.4).
 */
public record DossierContent(Facts facts, List<String> services, String managementSystems, boolean commitment,
                             List<TeamMember> team, List<TeamMember> advisors, List<ReserveProject> reserveProjects,
                             @Nullable String performanceEvidence, @Nullable String industryField) {

    public DossierContent {
        services = services == null ? List.of() : List.copyOf(services);
        team = team == null ? List.of() : List.copyOf(team);
        advisors = advisors == null ? List.of() : List.copyOf(advisors);
        reserveProjects = reserveProjects == null ? List.of() : List.copyOf(reserveProjects);
    }

    public DossierContent(Facts facts, List<String> services, String managementSystems, boolean commitment) {
        this(facts, services, managementSystems, commitment, List.of(), List.of(), List.of(), null, null);
    }

    /** The same content with other facts. */
    public DossierContent withFacts(Facts other) {
        return new DossierContent(other, services, managementSystems, commitment, team, advisors, reserveProjects,
                performanceEvidence, industryField);
    }
}
