package cn.kunming.kjj.carrier.publicity.ui;

import cn.kunming.kjj.carrier.common.ui.Formats;
import cn.kunming.kjj.carrier.publicity.ConsultationAnswer;
import cn.kunming.kjj.carrier.publicity.ConsultationService;
import cn.kunming.kjj.carrier.publicity.ConsultationSheet;
import cn.kunming.kjj.carrier.security.Roles;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** The notices an industry authority is consulted on (P4.5), the ones waiting for its opinion first in mind. */
@Route("authority/consultations")
@Menu(title = "nav.consultations", order = 22, icon = "vaadin:comments-o")
@RolesAllowed(Roles.INDUSTRY_AUTHORITY)
class ConsultationsView extends VerticalLayout implements HasDynamicTitle {

    final Grid<ConsultationSheet> grid = new Grid<>();

    ConsultationsView(ConsultationService consultations) {
        setSizeFull();
        grid.addColumn(ConsultationSheet::callTitle).setHeader(getTranslation("call.title")).setFlexGrow(2);
        grid.addColumn(s -> Formats.date(s.notice().startsOn()) + " – " + Formats.date(s.notice().endsOn()))
                .setHeader(getTranslation("notice.periodLabel")).setFlexGrow(1);
        grid.addColumn(s -> String.join("、", s.fields())).setHeader(getTranslation("dossier.industryField"));
        grid.addColumn(s -> s.entries().size()).setHeader(getTranslation("consultation.entries"));
        grid.addColumn(this::state).setHeader(getTranslation("consultation.opinion")).setFlexGrow(1);
        grid.setEmptyStateText(getTranslation("list.empty"));
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(ConsultationView.class,
                e.getItem().notice().id().value())));
        grid.setItems(consultations.mine());
        add(new H2(getTranslation("nav.consultations")), new Paragraph(getTranslation("consultation.intro")), grid);
    }

    private String state(ConsultationSheet s) {
        ConsultationAnswer given = s.answer();
        return given != null ? getTranslation(given.opinion().messageKey())
                : getTranslation(s.answerable() ? "consultation.waiting" : "consultation.closedUnanswered");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.consultations");
    }
}
