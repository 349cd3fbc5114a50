package cn.kunming.kjj.carrier.authority;

import cn.kunming.kjj.carrier.common.ContentStream;
import cn.kunming.kjj.carrier.carrier.Carrier;
import cn.kunming.kjj.carrier.carrier.Carriers;
import cn.kunming.kjj.carrier.common.DossierId;
import cn.kunming.kjj.carrier.common.NotFoundException;
import cn.kunming.kjj.carrier.dossier.Attachment;
import cn.kunming.kjj.carrier.dossier.DossierRow;
import cn.kunming.kjj.carrier.dossier.Dossiers;
import cn.kunming.kjj.carrier.security.Access;
import cn.kunming.kjj.carrier.security.CurrentUser;
import cn.kunming.kjj.carrier.storage.AttachmentStore;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * What an industry authority reads (P4.4, decision 0030): the dossiers of the fields the bureau links it to, from the
 * district's recommendation on, and the carriers of those fields — read-only, through queries of their own. Its tenant
 * scope stays {@code None}: a dossier or carrier of another field answers exactly like one that does not exist.
 */
@Service
public class AuthorityReadingService {

    private final LinkedAuthorities authorities;
    private final Dossiers dossiers;
    private final Carriers carriers;
    private final AttachmentStore store;
    private final CurrentUser currentUser;
    private final Clock clock;

    AuthorityReadingService(LinkedAuthorities authorities, Dossiers dossiers, Carriers carriers, AttachmentStore store,
                            CurrentUser currentUser, Clock clock) {
        this.authorities = authorities;
        this.dossiers = dossiers;
        this.carriers = carriers;
        this.store = store;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    private List<String> myFields() {
        return authorities.fieldsOf(currentUser.require().requireTenant(), LocalDate.now(clock));
    }

    /** The recommended (and later) dossiers of the authority's fields, newest first. */
    @PreAuthorize(Access.AUTHORITY)
    @Transactional(readOnly = true)
    public List<DossierRow> dossiers() {
        return dossiers.recommendedInFields(myFields());
    }

    /** One of them, with its latest submitted version; not found outside the authority's fields. */
    @PreAuthorize(Access.AUTHORITY)
    @Transactional(readOnly = true)
    public DossierReading dossier(DossierId dossierId) {
        List<String> fields = myFields();
        return dossiers.findRecommendedInFields(fields, dossierId)
                .flatMap(d -> dossiers.latestVersionRecommendedInFields(fields, dossierId)
                        .map(v -> new DossierReading(d, v)))
                .orElseThrow(NotFoundException::new);
    }

    /** An attachment of that version, checked by the same rule. */
    @PreAuthorize(Access.AUTHORITY)
    @Transactional(readOnly = true)
    public ContentStream attachment(DossierId dossierId, long attachmentId) {
        Attachment a = dossier(dossierId).version().attachments().stream().filter(x -> x.id() == attachmentId)
                .findFirst().orElseThrow(NotFoundException::new);
        return store.open(a.sha256());
    }

    /** The carriers of the authority's fields, whatever their status. */
    @PreAuthorize(Access.AUTHORITY)
    @Transactional(readOnly = true)
    public List<Carrier> carriers() {
        return carriers.inFields(myFields());
    }
}
