package cn.kunming.kjj.carrier.authority;

import cn.kunming.kjj.carrier.dossier.Dossier;
import cn.kunming.kjj.carrier.dossier.DossierVersion;

/** A dossier of the authority's fields as it reads it: where it stands, and the version the district recommended on. */
public record DossierReading(Dossier dossier, DossierVersion version) {
}
