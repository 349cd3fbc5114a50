package cn.kunming.kjj.carrier.dossier;

import cn.kunming.kjj.carrier.eligibility.Facts;

import java.util.List;

/**
 * What the applicant writes: the facts of Art. 2 or 3 (with the proposed name, P4.2), the services offered (Art. 1),
 * a description of the management systems, and the written commitment (承诺书) on credit and incidents.
 */
public record DossierContent(Facts facts, List<String> services, String managementSystems, boolean commitment) {

    public DossierContent {
        services = services == null ? List.of() : List.copyOf(services);
    }
}
