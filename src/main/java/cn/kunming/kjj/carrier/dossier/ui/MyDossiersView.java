package cn.kunming.kjj.carrier.dossier.ui;

import cn.kunming.kjj.carrier.common.CallId;
import cn.kunming.kjj.carrier.common.DossierId;
import cn.kunming.kjj.carrier.call.Call;
import cn.kunming.kjj.carrier.call.CallService;
import cn.kunming.kjj.carrier.call.CallState;
import cn.kunming.kjj.carrier.common.CarrierKind;
import cn.kunming.kjj.carrier.common.PortalException;
import cn.kunming.kjj.carrier.common.ui.Formats;
import cn.kunming.kjj.carrier.common.ui.Notifications;
import cn.kunming.kjj.carrier.dossier.Dossier;
import cn.kunming.kjj.carrier.dossier.DossierService;
import cn.kunming.kjj.carrier.security.Roles;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The unit's dossiers, and where to start or continue one under an open call. */
@Route("my-dossiers")
@Menu(title = "nav.myDossiers", order = 11, icon = "vaadin:file-text-o")
@RolesAllowed(Roles.APPLICANT)
class MyDossiersView extends VerticalLayout implements HasDynamicTitle {

    private final transient DossierService dossiers;
    final Grid<Dossier> grid = new Grid<>();
    final Select<Call> call = new Select<>();
    final RadioButtonGroup<CarrierKind> kind = new RadioButtonGroup<>();

    MyDossiersView(DossierService dossiers, CallService calls) {
        this.dossiers = dossiers;
        LocalDateTime now = calls.now();
        List<Call> published = calls.published();
        Map<CallId, String> titles = published.stream().collect(Collectors.toMap(Call::id, Call::title));
        call.setLabel(getTranslation("dossier.call"));
        call.setItems(published.stream().filter(c -> c.stateAt(now) != CallState.CLOSED).toList());
        call.setItemLabelGenerator(c -> c == null ? "" : c.title() + "（" + getTranslation(c.stateAt(now).messageKey()) + "）");
        call.setEmptySelectionAllowed(false);
        kind.setLabel(getTranslation("selfCheck.kind"));
        kind.setItems(CarrierKind.values());
        kind.setItemLabelGenerator(k -> getTranslation(k.messageKey()));
        call.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                kind.setItems(e.getValue().kinds().stream().sorted().toList());
            }
        });
        Button start = new Button(getTranslation("dossier.start"), e -> start());
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout starter = new HorizontalLayout(call, kind, start);
        starter.setAlignItems(FlexComponent.Alignment.BASELINE);

        grid.addColumn(d -> titles.getOrDefault(d.callId(), "")).setHeader(getTranslation("dossier.call")).setFlexGrow(1);
        grid.addColumn(d -> getTranslation(d.kind().messageKey())).setHeader(getTranslation("selfCheck.kind"));
        grid.addColumn(d -> d.content().facts().name()).setHeader(getTranslation("selfCheck.name")).setAutoWidth(true);
        grid.addColumn(d -> getTranslation(d.status().messageKey())).setHeader(getTranslation("account.status"));
        grid.addColumn(d -> Formats.dateTime(d.lastSavedAt())).setHeader(getTranslation("dossier.lastSaved"));
        grid.addColumn(Dossier::submittedVersions).setHeader(getTranslation("dossier.versions"));
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(DossierView.class, e.getItem().id().value())));
        grid.setItems(dossiers.mine());
        grid.setEmptyStateText(getTranslation("list.empty"));
        add(new H2(getTranslation("nav.myDossiers")), starter, grid);
    }

    void start() {
        try {
            if (call.getValue() == null || kind.getValue() == null) {
                throw new PortalException("dossier.chooseCallAndKind");
            }
            DossierId id = dossiers.open(call.getValue().id(), kind.getValue());
            getUI().ifPresent(ui -> ui.navigate(DossierView.class, id.value()));
        } catch (PortalException e) {
            Notifications.refused(this, e);
        }
    }


    @Override
    public String getPageTitle() {
        return getTranslation("nav.myDossiers");
    }
}
