package cn.kunming.kjj.carrier.dossier;

import cn.kunming.kjj.carrier.common.UnitId;
import cn.kunming.kjj.carrier.common.AttachmentZip;
import cn.kunming.kjj.carrier.dossier.repository.DossierRepository;
import cn.kunming.kjj.carrier.security.TenantScope;
import cn.kunming.kjj.carrier.storage.AttachmentStore;
import cn.kunming.kjj.carrier.tenant.HostUnits;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The entries of a zip of dossiers' attachments, for the applicant's download and the officers' bulk download. */
@Component
class DossierZips {

    private final DossierRepository dossiers;
    private final HostUnits units;
    private final AttachmentStore store;

    DossierZips(DossierRepository dossiers, HostUnits units, AttachmentStore store) {
        this.dossiers = dossiers;
        this.units = units;
        this.store = store;
    }

    /** One folder per dossier ({@code id-unit-name}), each attachment read from the store only when written. */
    List<AttachmentZip.Entry> entries(TenantScope scope, List<Dossier> list) {
        Map<UnitId, String> unitNames = units.names(scope);
        List<AttachmentZip.Entry> entries = new ArrayList<>();
        for (Dossier d : list) {
            String unit = unitNames.getOrDefault(d.unitId(), "");
            String folder = d.id() + "-" + unit + "-" + d.content().facts().name();
            for (Attachment a : dossiers.attachments(scope, d.id())) {
                entries.add(new AttachmentZip.Entry(folder, a.fileName(), d.id(), unit, d.content().facts().name(),
                        a.requirementCode(), a.sha256(), () -> store.open(a.sha256())));
            }
        }
        return entries;
    }
}
