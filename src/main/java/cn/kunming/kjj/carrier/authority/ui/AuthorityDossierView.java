package cn.kunming.kjj.carrier.authority.ui;

import cn.kunming.kjj.carrier.authority.AuthorityReadingService;
import cn.kunming.kjj.carrier.authority.DossierReading;
import cn.kunming.kjj.carrier.common.DossierId;
import cn.kunming.kjj.carrier.common.ui.Formats;
import cn.kunming.kjj.carrier.dossier.ui.DossierContentPanel;
import cn.kunming.kjj.carrier.security.Roles;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import java.util.Map;

/** One dossier of the authority's fields, read-only: the version the district recommended on, with its files. */
@Route("authority/dossier")
@RolesAllowed(Roles.INDUSTRY_AUTHORITY)
class AuthorityDossierView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final transient AuthorityReadingService reading;

    AuthorityDossierView(AuthorityReadingService reading) {
        this.reading = reading;
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        DossierId dossierId = DossierId.of(id);
        DossierReading r;
        try {
            r = reading.dossier(dossierId);
        } catch (cn.kunming.kjj.carrier.common.NotFoundException e) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        removeAll();
        add(new H2(r.version().content().facts().name()),
                new Paragraph(getTranslation("account.status") + "：" + getTranslation(r.dossier().status().messageKey())
                        + " · " + getTranslation("authority.versionOf", r.version().number(),
                        Formats.dateTime(r.version().submittedAt()))),
                new DossierContentPanel(r.version().content(), r.version().attachments(), Map.of(),
                        attachmentId -> reading.attachment(dossierId, attachmentId)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.authorityDossiers");
    }
}
