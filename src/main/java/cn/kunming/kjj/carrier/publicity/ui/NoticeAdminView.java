package cn.kunming.kjj.carrier.publicity.ui;

import cn.kunming.kjj.carrier.call.Call;
import cn.kunming.kjj.carrier.call.CallService;
import cn.kunming.kjj.carrier.call.ui.CallSelect;
import cn.kunming.kjj.carrier.common.ui.ListAddress;
import cn.kunming.kjj.carrier.dossier.DossierListService;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import cn.kunming.kjj.carrier.common.PortalException;
import cn.kunming.kjj.carrier.common.ui.DatePickers;
import cn.kunming.kjj.carrier.common.ui.Downloads;
import cn.kunming.kjj.carrier.common.ui.EvidenceUpload;
import cn.kunming.kjj.carrier.common.ui.FormDialog;
import cn.kunming.kjj.carrier.common.ui.Formats;
import cn.kunming.kjj.carrier.common.ui.Notifications;
import cn.kunming.kjj.carrier.publicity.Consultation;
import cn.kunming.kjj.carrier.publicity.ConsultationAnswer;
import cn.kunming.kjj.carrier.publicity.ConsultationService;
import cn.kunming.kjj.carrier.publicity.NoticeEntry;
import cn.kunming.kjj.carrier.publicity.NoticePeriod;
import cn.kunming.kjj.carrier.publicity.NoticeStatus;
import cn.kunming.kjj.carrier.publicity.Objection;
import cn.kunming.kjj.carrier.publicity.ObjectionStatus;
import cn.kunming.kjj.carrier.publicity.PublicNotice;
import cn.kunming.kjj.carrier.publicity.PublicNoticeService;
import cn.kunming.kjj.carrier.security.Roles;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import java.time.Clock;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Public notice (P4.5) for the bureau: publish the proposed list for at least 5 working days, record and handle
 * objections, give the approval document and close — after which the unobjected dossiers are on the register.
 */
@Route("bureau/notices")
@Menu(title = "nav.notices", order = 35, icon = "vaadin:pin-post")
@RolesAllowed(Roles.BUREAU_OFFICER)
class NoticeAdminView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    /** The reason and the contact are published with the notice; the service refuses more. */
    private static final int NOTICE_TEXT = 500;

    private final transient PublicNoticeService notices;
    private final transient ConsultationService consultationService;
    private final transient Clock clock;
    final CallSelect call;
    final VerticalLayout body = new VerticalLayout();
    @SuppressWarnings("NullAway.Init") // built with the page, before any action reads it
    DatePicker startsOn;
    @SuppressWarnings("NullAway.Init")
    DatePicker endsOn;
    final TextField contact = new TextField();
    final Span periodHint = new Span();
    final Grid<Objection> objections = new Grid<>();
    final Grid<Consultation> consultations = new Grid<>();
    final IntegerField documentSequence = new IntegerField();
    @SuppressWarnings("NullAway.Init")
    DatePicker filedOn;

    private final transient CallService calls;
    private final transient DossierListService dossierList;
    final ListAddress address = new ListAddress("bureau/notices");

    NoticeAdminView(PublicNoticeService notices, CallService calls, Clock clock, ConsultationService consultations,
                    DossierListService dossierList) {
        this.notices = notices;
        this.calls = calls;
        this.dossierList = dossierList;
        this.consultationService = consultations;
        this.clock = clock;
        setSizeFull();
        call = new CallSelect(calls.published());
        call.addValueChangeListener(e -> {
            refresh();
            call.keepIn(this, address);
        });
        body.setPadding(false);
        add(new H2(getTranslation("nav.notices")), call, body);
    }

    /** The call of the address, or the call under review (issue 25). */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (call.choose(event.getLocation().getQueryParameters(), calls.now(),
                dossierList.callsWaiting(java.util.EnumSet.of(cn.kunming.kjj.carrier.dossier.DossierStatus.PROPOSED)), dossierList.callsUnderReview())) {
            refresh();
            call.keepIn(this, address);
        }
    }

    void refresh() {
        body.removeAll();
        Call selected = call.getValue();
        if (selected == null) {
            return;
        }
        Optional<PublicNotice> notice = notices.ofCall(selected.id());
        if (notice.isPresent()) {
            showNotice(notice.get());
        } else {
            showPublishForm(selected);
        }
        showWithdrawn(notices.withdrawnOfCall(selected.id()));
    }

    /** The call's withdrawn notices stay on its record, each with the day and the public reason. */
    private void showWithdrawn(List<PublicNotice> withdrawn) {
        if (withdrawn.isEmpty()) {
            return;
        }
        body.add(new H3(getTranslation("notice.withdrawnHistory")));
        for (PublicNotice w : withdrawn) {
            PublicNotice.Withdrawal why = java.util.Objects.requireNonNull(w.withdrawal());
            Anchor page = new Anchor("notice/" + w.id(), getTranslation("notice.withdrawnLine", w.id(),
                    Formats.date(w.startsOn()), Formats.date(w.endsOn()), w.entries().size(),
                    Formats.dateTime(why.at()), why.reason()));
            page.setTarget("_blank");
            body.add(page);
        }
    }

    private void showPublishForm(Call selected) {
        List<NoticeEntry> proposed = notices.proposed(selected.id());
        Grid<NoticeEntry> list = entriesGrid(proposed);
        startsOn = DatePickers.create(getTranslation("notice.startsOn"), getLocale());
        endsOn = DatePickers.create(getTranslation("notice.endsOn"), getLocale());
        startsOn.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                NoticePeriod period = notices.period(e.getValue());
                endsOn.setValue(period.defaultEnd());
                endsOn.setMin(period.defaultEnd());
                periodHint.setText(getTranslation("notice.defaultEnd", Formats.date(period.defaultEnd()))
                        + (period.calendarKnown() ? "" : " " + getTranslation("calendar.estimated")));
            }
        });
        startsOn.setValue(LocalDate.now(clock));
        contact.setLabel(getTranslation("notice.contact"));
        contact.setWidthFull();
        contact.setPlaceholder(getTranslation("notice.contactPlaceholder"));
        Button publish = new Button(getTranslation("notice.publish"), e -> publish(selected));
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        publish.setEnabled(!proposed.isEmpty());
        body.add(new H3(getTranslation("notice.proposed", proposed.size())), list,
                new FormLayout(startsOn, endsOn, contact), periodHint, publish);
    }

    void publish(Call selected) {
        try {
            notices.publish(selected.id(), startsOn.getValue(), endsOn.getValue(), contact.getValue());
            Notifications.success(this, "notice.published");
            refresh();
        } catch (PortalException e) {
            Notifications.refused(this, e);
        }
    }

    private void showNotice(PublicNotice n) {
        NoticePeriod period = notices.period(n.startsOn());
        Anchor page = new Anchor("notice/" + n.id(), getTranslation("notice.publicPage"));
        page.setTarget("_blank");
        HorizontalLayout links = new HorizontalLayout(page, Downloads.link(getTranslation("notice.docx"),
                "公示-" + n.id() + ".docx", Downloads.DOCX, () -> notices.document(n.id())));
        if (n.status() == NoticeStatus.CLOSED) {
            links.add(Downloads.link(getTranslation("notice.approvalDocx"), "认定通知-" + n.id() + ".docx",
                    Downloads.DOCX, () -> notices.approvalNotice(n.id())));
        }
        body.add(new Paragraph(getTranslation("notice.period", Formats.date(n.startsOn()), Formats.date(n.endsOn()))
                        + (period.calendarKnown() ? "" : " " + getTranslation("calendar.estimated"))
                        + " · " + getTranslation(n.status().messageKey())),
                links, entriesGrid(n.entries()));
        NoticeTexts.corrections(this, n).forEach(body::add);
        if (n.status() == NoticeStatus.OPEN && n.documentNumber() == null) {
            Button correct = new Button(getTranslation("notice.correct"), e -> correct(n));
            Button withdraw = new Button(getTranslation("notice.withdraw"), e -> withdraw(n));
            withdraw.addThemeVariants(ButtonVariant.LUMO_ERROR);
            body.add(new HorizontalLayout(correct, withdraw));
        }
        showConsultations(n);

        objections.removeAllColumns();
        objections.addColumn(o -> n.entries().stream().filter(e -> e.dossierId().equals(o.dossierId())).findFirst()
                .map(NoticeEntry::unitName).orElse("")).setHeader(getTranslation("unit.name"));
        objections.addColumn(Objection::objector).setHeader(getTranslation("objection.objector"));
        objections.addColumn(o -> Formats.date(o.receivedOn())).setHeader(getTranslation("objection.receivedOn"));
        objections.addColumn(Objection::content).setHeader(getTranslation("objection.content")).setFlexGrow(2);
        objections.addComponentColumn(o -> o.evidenceSha256() == null ? new Span() : Downloads.stored(o.evidenceName(),
                o.evidenceName(), "application/octet-stream", () -> notices.evidence(o.id())))
                .setHeader(getTranslation("objection.evidence"));
        objections.addColumn(o -> getTranslation(o.status().messageKey())
                + (o.handledReason() == null ? "" : "：" + o.handledReason())).setHeader(getTranslation("account.status")).setFlexGrow(1);
        objections.addComponentColumn(o -> {
            Button handle = new Button(getTranslation("objection.handle"), e -> handle(o));
            handle.addThemeVariants(ButtonVariant.LUMO_SMALL);
            handle.setVisible(o.status() == ObjectionStatus.OPEN && n.status() == NoticeStatus.OPEN);
            return handle;
        });
        objections.setAllRowsVisible(true);
        objections.setItems(notices.objections(n.id()));
        body.add(new H3(getTranslation("objection.title")), objections);
        if (n.status() == NoticeStatus.CLOSED) {
            body.add(new Paragraph(getTranslation("notice.closedWith", n.documentNumber(), Formats.date(n.filedOn()))));
            return;
        }
        Button record = new Button(getTranslation("objection.record"), e -> recordObjection(n));
        documentSequence.setLabel(getTranslation("notice.documentSequence"));
        documentSequence.setHelperText(n.documentNumber() == null ? getTranslation("notice.documentPatternHint")
                : getTranslation("notice.documentSet", n.documentNumber()));
        filedOn = DatePickers.create(getTranslation("notice.filedOn"), getLocale());
        filedOn.setMin(n.endsOn().plusDays(1));
        filedOn.setValue(n.filedOn());
        Button setDocument = new Button(getTranslation("action.save"), e -> setDocument(n));
        Button close = new Button(getTranslation("notice.close"), e -> confirmClose(n));
        close.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Span blocker = new Span(notices.closingBlocker(n.id()).map(this::getTranslation).orElse(""));
        HorizontalLayout document = new HorizontalLayout(documentSequence, filedOn, setDocument);
        document.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        body.add(record, new H3(getTranslation("notice.filing")), document, new HorizontalLayout(close, blocker));
    }

    /** Beside the list, the opinions of the industry authorities the bureau consults on its fields (P4.5). */
    private void showConsultations(PublicNotice n) {
        List<Consultation> all = consultationService.consultations(n.id());
        consultations.removeAllColumns();
        consultations.addColumn(Consultation::authorityName).setHeader(getTranslation("authority.authority"))
                .setAutoWidth(true);
        consultations.addColumn(c -> String.join("、", c.fields())).setHeader(getTranslation("dossier.industryField"));
        consultations.addColumn(c -> {
            ConsultationAnswer a = c.answer();
            return a == null ? getTranslation("consultation.notYet") : getTranslation(a.opinion().messageKey())
                    + (a.text() == null ? "" : "：" + a.text());
        }).setHeader(getTranslation("consultation.opinion")).setFlexGrow(2);
        consultations.addColumn(c -> {
            ConsultationAnswer a = c.answer();
            return a == null ? "" : a.answeredBy() + " · " + Formats.dateTime(a.answeredAt())
                    + (c.consulted() ? "" : " · " + getTranslation("consultation.noLongerConsulted"));
        }).setHeader(getTranslation("consultation.answeredAt")).setAutoWidth(true);
        consultations.setAllRowsVisible(true);
        consultations.setEmptyStateText(getTranslation("consultation.none"));
        consultations.setItems(all);
        long outstanding = all.stream().filter(Consultation::outstanding).count();
        body.add(new H3(getTranslation("consultation.bureauTitle")), consultations);
        if (outstanding > 0 && n.status() == NoticeStatus.OPEN) {
            body.add(new Paragraph(getTranslation("consultation.outstandingHint", outstanding)));
        }
    }

    private Grid<NoticeEntry> entriesGrid(List<NoticeEntry> entries) {
        Grid<NoticeEntry> grid = new Grid<>();
        grid.addColumn(NoticeEntry::unitName).setHeader(getTranslation("unit.name")).setFlexGrow(1);
        grid.addColumn(e -> getTranslation(e.kind().messageKey())).setHeader(getTranslation("selfCheck.kind"));
        grid.addColumn(NoticeEntry::name).setHeader(getTranslation("selfCheck.name")).setFlexGrow(1);
        grid.addColumn(e -> e.removed() ? getTranslation("notice.entryRemoved", Formats.date(e.removedOn()), e.removedReason())
                : "").setHeader(getTranslation("notice.entryState")).setFlexGrow(1);
        grid.setAllRowsVisible(true);
        grid.setItems(entries);
        return grid;
    }

    FormDialog recordObjection(PublicNotice n) {
        Select<NoticeEntry> against = new Select<>();
        against.setLabel(getTranslation("objection.against"));
        against.setItems(n.entries());
        against.setItemLabelGenerator(e -> e == null ? "" : e.unitName() + " · " + e.name());
        TextField objector = new TextField(getTranslation("objection.objector"));
        DatePicker received = DatePickers.create(getTranslation("objection.receivedOn"), getLocale());
        received.setValue(LocalDate.now(clock));
        TextArea content = new TextArea(getTranslation("objection.content"));
        content.setWidthFull();
        EvidenceUpload upload = new EvidenceUpload();
        VerticalLayout form = new VerticalLayout(against, objector, received, content,
                new Span(getTranslation("objection.evidence")), upload);
        FormDialog dialog = new FormDialog(getTranslation("objection.record"), form, getTranslation("action.save"),
                () -> {
                    if (against.getValue() == null) {
                        throw new PortalException("objection.incomplete");
                    }
                    notices.recordObjection(n.id(), against.getValue().dossierId(), objector.getValue(),
                            received.getValue(), content.getValue(), upload.file());
                }, this::refresh);
        dialog.open();
        return dialog;
    }

    FormDialog handle(Objection o) {
        RadioButtonGroup<Boolean> outcome = new RadioButtonGroup<>(getTranslation("objection.outcome"));
        outcome.setItems(true, false);
        outcome.setItemLabelGenerator(b -> getTranslation(b ? "objectionStatus.UPHELD" : "objectionStatus.DISMISSED"));
        TextArea reason = new TextArea(getTranslation("objection.reason"));
        reason.setWidthFull();
        FormDialog dialog = new FormDialog(getTranslation("objection.handle"), new VerticalLayout(
                new Paragraph(o.content()), outcome, reason), getTranslation("action.save"), () -> {
            if (outcome.getValue() == null) {
                throw new PortalException("objection.outcomeMissing");
            }
            notices.handle(o.id(), outcome.getValue(), reason.getValue());
        }, this::refresh);
        dialog.open();
        return dialog;
    }

    FormDialog correct(PublicNotice n) {
        DatePicker newEnd = DatePickers.create(getTranslation("notice.endsOn"), getLocale());
        newEnd.setMin(n.endsOn());
        newEnd.setValue(n.endsOn());
        TextField newContact = new TextField(getTranslation("notice.contact"));
        newContact.setWidthFull();
        newContact.setMaxLength(NOTICE_TEXT);
        newContact.setValue(n.contact());
        TextArea reason = reasonField();
        FormDialog dialog = new FormDialog(getTranslation("notice.correct"), new VerticalLayout(
                new Paragraph(getTranslation("notice.correctHint")), newEnd, newContact, reason),
                getTranslation("notice.correct"),
                () -> notices.correct(n.id(), newEnd.getValue(), newContact.getValue(), reason.getValue()),
                () -> {
                    Notifications.success(this, "notice.corrected");
                    refresh();
                });
        dialog.open();
        return dialog;
    }

    FormDialog withdraw(PublicNotice n) {
        TextArea reason = reasonField();
        long listed = n.entries().stream().filter(e -> !e.removed()).count();
        FormDialog dialog = new FormDialog(getTranslation("notice.withdraw"), new VerticalLayout(
                new Paragraph(getTranslation("notice.withdrawConfirm", listed)), reason),
                getTranslation("notice.withdraw"), () -> {
                    int returned = notices.withdraw(n.id(), reason.getValue());
                    Notifications.success(this, "notice.withdrawnNow", returned);
                }, this::refresh).danger();
        dialog.open();
        return dialog;
    }

    private TextArea reasonField() {
        TextArea reason = new TextArea(getTranslation("notice.reason"));
        reason.setWidthFull();
        reason.setMaxLength(NOTICE_TEXT);
        reason.setRequired(true);
        return reason;
    }

    void setDocument(PublicNotice n) {
        try {
            String number = notices.setDocument(n.id(), documentSequence.getValue() == null ? 0 : documentSequence.getValue(),
                    filedOn.getValue());
            Notifications.success(this, "notice.documentSet", number);
            refresh();
        } catch (PortalException e) {
            Notifications.refused(this, e);
        }
    }

    /**
     * Closing lists the units for good and files the document (P4.5): said before it happens, once it can happen. A
     * notice that cannot close yet (period, document, open objections) is refused at once with its reason.
     */
    @Nullable FormDialog confirmClose(PublicNotice n) {
        if (notices.closingBlocker(n.id()).isPresent()) {
            close(n);
            return null;
        }
        long standing = n.entries().stream().filter(e -> !e.removed()).count();
        FormDialog dialog = new FormDialog(getTranslation("notice.close"),
                new Paragraph(getTranslation("notice.closeConsequence", standing,
                        java.util.Objects.toString(n.documentNumber(), ""))),
                getTranslation("notice.close"), () -> close(n), () -> { });
        dialog.open();
        return dialog;
    }

    void close(PublicNotice n) {
        try {
            int approved = notices.close(n.id());
            Notifications.success(this, "notice.closedNow", approved);
            refresh();
        } catch (PortalException e) {
            Notifications.refused(this, e);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.notices");
    }
}
