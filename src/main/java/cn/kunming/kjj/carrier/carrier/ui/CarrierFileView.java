package cn.kunming.kjj.carrier.carrier.ui;

import cn.kunming.kjj.carrier.common.CarrierId;
import cn.kunming.kjj.carrier.carrier.CarrierFile;
import cn.kunming.kjj.carrier.carrier.CarrierManagementService;
import cn.kunming.kjj.carrier.carrier.Ground;
import cn.kunming.kjj.carrier.carrier.ManagementRecords;
import cn.kunming.kjj.carrier.common.ui.DatePickers;
import cn.kunming.kjj.carrier.common.ui.EvidenceUpload;
import cn.kunming.kjj.carrier.common.ui.FormDialog;
import cn.kunming.kjj.carrier.common.ui.Formats;
import cn.kunming.kjj.carrier.common.ui.Downloads;
import cn.kunming.kjj.carrier.security.CurrentUser;
import cn.kunming.kjj.carrier.security.Role;
import cn.kunming.kjj.carrier.security.Roles;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.beans.factory.ObjectProvider;

import java.util.Arrays;
import java.util.List;

/**
 * One carrier's file (Art. 5): status history, evaluations, provincial filing, subsidy, disqualification and
 * recovery, with the actions each role may take. Another tenant's carrier does not exist for the reader.
 */
@Route("carriers")
@RolesAllowed({Roles.APPLICANT, Roles.DISTRICT_OFFICER, Roles.BUREAU_OFFICER})
class CarrierFileView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final transient CarrierManagementService management;
    private final transient ObjectProvider<CarrierFileSection> sections;
    private final transient CurrentUser currentUser;
    @SuppressWarnings("NullAway.Init") // set on navigation, which comes before any use
    private CarrierId carrierId;
    @SuppressWarnings("NullAway.Init")
    CarrierFile file;

    CarrierFileView(CarrierManagementService management, ObjectProvider<CarrierFileSection> sections, CurrentUser currentUser) {
        this.management = management;
        this.sections = sections;
        this.currentUser = currentUser;
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        try {
            file = management.file(CarrierId.of(id));
        } catch (cn.kunming.kjj.carrier.common.NotFoundException e) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        carrierId = CarrierId.of(id);
        show();
    }

    void show() {
        file = management.file(carrierId);
        removeAll();
        Role role = currentUser.require().role();
        var c = file.carrier();
        add(new H2(c.name()), new Paragraph(getTranslation("account.status") + "：" + getTranslation(c.status().messageKey())
                + " · " + c.unitName() + " · " + getTranslation("carrier.approvedOn") + " " + Formats.date(c.approvedOn())
                + " · " + c.documentNumber()
                + (c.banEndsOn() == null ? "" : " · " + getTranslation("carrier.banUntil", Formats.date(c.banEndsOn())))));

        add(new H3(getTranslation("carrier.history")), list(file.history().stream().map(h -> Formats.date(h.changedOn())
                + " " + (h.from() == null ? "" : getTranslation(h.from().messageKey()) + " → ") + getTranslation(h.to().messageKey())
                + "：" + h.reason() + "（" + h.changedBy() + "）").toList()));

        sections.orderedStream().forEach(section -> add(section.sectionFor(carrierId, this::show)));

        add(new H3(getTranslation("carrier.filings")), list(file.filings().stream().map(f -> Formats.date(f.decidedOn())
                + " " + getTranslation(f.status().messageKey()) + " " + f.documentNumber()
                + (f.reason() == null || f.reason().isBlank() ? "" : "：" + f.reason())).toList()));
        // a carrier off the list (disqualified, cancelled, terminated) is offered no action the state machine refuses
        boolean active = c.status().active();
        if (role != Role.APPLICANT && active) {
            add(new Button(getTranslation("filing.record"), e -> recordFiling()));
        }

        add(new H3(getTranslation("carrier.subsidy")));
        file.subsidy().ifPresentOrElse(s -> add(new Paragraph(getTranslation("subsidy.summary", s.amountYuan(),
                        Formats.date(s.disbursedOn()), s.voucherNumber(), s.preparedBy(),
                        s.approvedBy() == null ? getTranslation("subsidy.waiting") : s.approvedBy()))),
                () -> add(new Paragraph(getTranslation("subsidy.noneYet"))));
        if (role == Role.BUREAU_OFFICER && active) {
            HorizontalLayout subsidy = new HorizontalLayout(new Button(getTranslation("subsidy.prepare"), e -> prepareSubsidy()),
                    new Button(getTranslation("subsidy.approve"), e -> act(() -> management.approveSubsidy(carrierId))));
            add(subsidy);
        }

        add(new H3(getTranslation("carrier.disqualifications")), list(file.disqualifications().stream().map(d ->
                getTranslation(d.ground().messageKey()) + "：" + d.detail() + " · " + getTranslation(d.status().messageKey())
                        + (d.decisionReason() == null ? "" : "（" + d.decisionReason() + "）")).toList()));
        file.disqualifications().stream().filter(d -> d.status() == ManagementRecords.DisqualificationStatus.CONFIRMED)
                .forEach(d -> add(Downloads.link(getTranslation("disqualification.noticeDocx"),
                        "取消培育资格通知-" + d.id() + ".docx", Downloads.DOCX,
                        () -> management.disqualificationNotice(d.id()))));
        if (role != Role.APPLICANT && active) {
            add(new Button(getTranslation("disqualification.propose"), e -> propose()));
        }
        file.recovery().ifPresent(r -> {
            add(new H3(getTranslation("carrier.recovery")), new Paragraph(getTranslation(r.decision().messageKey())
                    + (r.decisionReason() == null ? "" : "（" + r.decisionReason() + "）") + " · "
                    + getTranslation("recovery.summary", r.amountDueYuan(), r.recovered(), r.outstanding())));
            if (role == Role.BUREAU_OFFICER) {
                add(new Button(getTranslation("recovery.record"), e -> recordRecovery()));
            }
        });
    }

    private static UnorderedList list(List<String> lines) {
        UnorderedList list = new UnorderedList();
        lines.forEach(l -> list.add(new ListItem(l)));
        if (lines.isEmpty()) {
            list.add(new ListItem("—"));
        }
        return list;
    }

    private void act(Runnable action) {
        try {
            action.run();
            cn.kunming.kjj.carrier.common.ui.Notifications.success(this, "action.saved");
            show();
        } catch (cn.kunming.kjj.carrier.common.PortalException e) {
            cn.kunming.kjj.carrier.common.ui.Notifications.refused(this, e);
        }
    }

    FormDialog recordFiling() {
        Select<ManagementRecords.FilingStatus> status = new Select<>();
        status.setLabel(getTranslation("filing.status"));
        status.setItems(ManagementRecords.FilingStatus.values());
        status.setItemLabelGenerator(s -> s == null ? "" : getTranslation(s.messageKey()));
        TextField number = new TextField(getTranslation("filing.documentNumber"));
        DatePicker on = DatePickers.create(getTranslation("filing.decidedOn"), getLocale());
        TextField reason = new TextField(getTranslation("objection.reason"));
        EvidenceUpload upload = new EvidenceUpload();
        return open(getTranslation("filing.record"), new VerticalLayout(status, number, on, reason, upload),
                () -> management.recordFiling(carrierId, status.getValue(), number.getValue(), on.getValue(),
                        reason.getValue(), upload.file()));
    }

    FormDialog prepareSubsidy() {
        DatePicker on = DatePickers.create(getTranslation("subsidy.disbursedOn"), getLocale());
        TextField voucher = new TextField(getTranslation("subsidy.voucher"));
        return open(getTranslation("subsidy.prepare"), new VerticalLayout(new Span(getTranslation("subsidy.amountFixed")),
                on, voucher), () -> management.prepareSubsidy(carrierId, on.getValue(), voucher.getValue()));
    }

    FormDialog propose() {
        Select<Ground> ground = new Select<>();
        ground.setLabel(getTranslation("disqualification.ground"));
        ground.setItems(Arrays.stream(Ground.values()).filter(g -> !g.automatic()).toList());
        ground.setItemLabelGenerator(g -> g == null ? "" : getTranslation(g.messageKey()));
        TextArea detail = new TextArea(getTranslation("disqualification.detail"));
        detail.setWidthFull();
        EvidenceUpload upload = new EvidenceUpload();
        return open(getTranslation("disqualification.propose"), new VerticalLayout(ground, detail,
                new Span(getTranslation("objection.evidence")), upload),
                () -> management.proposeDisqualification(carrierId, ground.getValue(), detail.getValue(), upload.file()));
    }

    FormDialog recordRecovery() {
        BigDecimalField amount = new BigDecimalField(getTranslation("recovery.amount"));
        DatePicker on = DatePickers.create(getTranslation("recovery.paidOn"), getLocale());
        return open(getTranslation("recovery.record"), new VerticalLayout(amount, on),
                () -> management.recordRecovery(carrierId, amount.getValue(), on.getValue()));
    }

    private FormDialog open(String title, VerticalLayout body, Runnable action) {
        FormDialog dialog = new FormDialog(title, body, getTranslation("action.save"), action, this::show);
        dialog.open();
        return dialog;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.carriers");
    }
}
