package cn.kunming.kjj.carrier.publicity.ui;

import cn.kunming.kjj.carrier.common.NoticeId;
import cn.kunming.kjj.carrier.common.PortalException;
import cn.kunming.kjj.carrier.common.ui.Formats;
import cn.kunming.kjj.carrier.common.ui.Notifications;
import cn.kunming.kjj.carrier.publicity.ConsultationAnswer;
import cn.kunming.kjj.carrier.publicity.ConsultationOpinion;
import cn.kunming.kjj.carrier.publicity.ConsultationService;
import cn.kunming.kjj.carrier.publicity.ConsultationSheet;
import cn.kunming.kjj.carrier.publicity.NoticeEntry;
import cn.kunming.kjj.carrier.security.Roles;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * An industry authority's consultation opinion (会商意见) on a proposed list (P4.5): the entries of its fields, and
 * 同意, 同意并附意见 or 不同意 with the text, once, before the bureau issues its document.
 */
@Route("authority/consultation")
@RolesAllowed(Roles.INDUSTRY_AUTHORITY)
class ConsultationView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final transient ConsultationService consultations;
    final RadioButtonGroup<ConsultationOpinion> opinion = new RadioButtonGroup<>();
    final TextArea text = new TextArea();
    final Button answer = new Button();
    @SuppressWarnings("NullAway.Init") // set on navigation, which comes before any use
    private NoticeId noticeId;

    ConsultationView(ConsultationService consultations) {
        this.consultations = consultations;
        opinion.setLabel(getTranslation("consultation.opinion"));
        opinion.setItems(ConsultationOpinion.values());
        opinion.setItemLabelGenerator(o -> getTranslation(o.messageKey()));
        text.setLabel(getTranslation("consultation.text"));
        text.setHelperText(getTranslation("consultation.textHelp"));
        text.setMaxLength(2000);
        text.setWidthFull();
        answer.setText(getTranslation("consultation.submit"));
        answer.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        answer.addClickListener(e -> answer());
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        noticeId = NoticeId.of(id);
        try {
            show(consultations.sheet(noticeId));
        } catch (cn.kunming.kjj.carrier.common.NotFoundException e) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    private void show(ConsultationSheet sheet) {
        removeAll();
        Grid<NoticeEntry> entries = new Grid<>();
        entries.addColumn(NoticeEntry::unitName).setHeader(getTranslation("unit.name")).setFlexGrow(1);
        entries.addColumn(e -> getTranslation(e.kind().messageKey())).setHeader(getTranslation("selfCheck.kind"));
        entries.addColumn(NoticeEntry::name).setHeader(getTranslation("selfCheck.name")).setFlexGrow(1);
        entries.setAllRowsVisible(true);
        entries.setItems(sheet.entries());
        add(new H2(getTranslation("consultation.title", sheet.callTitle())),
                new Paragraph(getTranslation("notice.period", Formats.date(sheet.notice().startsOn()),
                        Formats.date(sheet.notice().endsOn())) + " · " + getTranslation("authority.myFields",
                        String.join("、", sheet.fields()))),
                new H3(getTranslation("consultation.entriesOfMyFields", sheet.entries().size(),
                        sheet.notice().entries().size())), entries);
        ConsultationAnswer given = sheet.answer();
        if (given != null) {
            add(new H3(getTranslation("consultation.opinion")), new Paragraph(getTranslation(given.opinion().messageKey())
                    + (given.text() == null ? "" : "：" + given.text()) + " · " + given.answeredBy() + " "
                    + Formats.dateTime(given.answeredAt())));
            return;
        }
        if (!sheet.answerable()) {
            add(new Paragraph(getTranslation("consultation.documentIssued")));
            return;
        }
        add(opinion, text, answer);
    }

    void answer() {
        try {
            consultations.answer(noticeId, opinion.getValue(), text.getValue());
            Notifications.success(this, "consultation.answered");
            show(consultations.sheet(noticeId));
        } catch (PortalException e) {
            Notifications.refused(this, e);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.consultations");
    }
}
