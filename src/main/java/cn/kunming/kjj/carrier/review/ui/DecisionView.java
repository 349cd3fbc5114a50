package cn.kunming.kjj.carrier.review.ui;

import cn.kunming.kjj.carrier.common.DossierId;
import cn.kunming.kjj.carrier.call.Call;
import cn.kunming.kjj.carrier.call.CallService;
import cn.kunming.kjj.carrier.call.ui.CallSelect;
import cn.kunming.kjj.carrier.common.PortalException;
import cn.kunming.kjj.carrier.common.ui.DatePickers;
import cn.kunming.kjj.carrier.common.ui.FormDialog;
import cn.kunming.kjj.carrier.common.ui.Formats;
import cn.kunming.kjj.carrier.common.ui.Downloads;
import cn.kunming.kjj.carrier.common.ui.Notifications;
import cn.kunming.kjj.carrier.dossier.RuleAcknowledgement;
import cn.kunming.kjj.carrier.review.DecisionCandidate;
import cn.kunming.kjj.carrier.review.DecisionLine;
import cn.kunming.kjj.carrier.review.DecisionOutcome;
import cn.kunming.kjj.carrier.review.DecisionService;
import cn.kunming.kjj.carrier.review.Meeting;
import cn.kunming.kjj.carrier.security.Roles;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import cn.kunming.kjj.carrier.common.ui.InputLimits;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import java.util.ArrayList;
import java.util.HashMap;
import cn.kunming.kjj.carrier.common.ui.ListAddress;
import cn.kunming.kjj.carrier.dossier.DossierListService;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import java.util.List;
import java.util.Map;

/**
 * The collective decision (P4.4): the proposed cultivation list built from reviewed dossiers, best score first with
 * the rules' verdict and credit status beside each, and the bureau meeting recorded with a decision per dossier.
 */
@Route("bureau/decision")
@Menu(title = "nav.decision", order = 34, icon = "vaadin:gavel")
@RolesAllowed(Roles.BUREAU_OFFICER)
class DecisionView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final transient DecisionService decisions;
    private final transient CallService calls;
    private final transient DossierListService dossierList;
    final ListAddress address = new ListAddress("bureau/decision");
    final CallSelect call;
    final Grid<DecisionCandidate> grid = new Grid<>();
    final Map<DossierId, Select<DecisionOutcome>> outcomes = new HashMap<>();
    final Map<DossierId, TextField> reasons = new HashMap<>();
    final DatePicker meetingDate;
    final TextField minuteNumber = new TextField();
    final Button record = new Button();
    final VerticalLayout meetings = new VerticalLayout();
    final HorizontalLayout pack = new HorizontalLayout();

    DecisionView(DecisionService decisions, CallService calls, DossierListService dossierList) {
        this.decisions = decisions;
        this.calls = calls;
        this.dossierList = dossierList;
        setSizeFull();
        call = new CallSelect(calls.published());
        grid.addColumn(c -> c.unitName()).setHeader(getTranslation("unit.name")).setFlexGrow(1);
        grid.addColumn(c -> c.dossier().content().facts().name()).setHeader(getTranslation("selfCheck.name")).setFlexGrow(1);
        grid.addColumn(c -> getTranslation(c.dossier().kind().messageKey())).setHeader(getTranslation("selfCheck.kind"));
        grid.addColumn(c -> c.summary().mean() == null ? "" : c.summary().mean().toPlainString())
                .setHeader(getTranslation("review.mean")).setAutoWidth(true);
        grid.addColumn(c -> c.summary().spread() == null ? "" : c.summary().spread().toPlainString()
                + (c.summary().disagreement() ? " ⚠" : "")).setHeader(getTranslation("review.spread")).setAutoWidth(true);
        grid.addColumn(c -> getTranslation(c.eligibleAtSubmission() ? "dossier.eligible" : "dossier.notEligible")
                + (c.failAcknowledged() ? "（" + getTranslation("review.failAcknowledgedShort") + "）" : ""))
                .setHeader(getTranslation("dossier.rulesThen"));
        grid.addColumn(c -> String.join("、", c.failedRules())).setHeader(getTranslation("decision.failedRules"))
                .setAutoWidth(true);
        grid.addColumn(c -> getTranslation(c.credit() == null ? "review.creditNotChecked" : c.credit().messageKey()))
                .setHeader(getTranslation("review.creditChecks"));
        grid.addComponentColumn(c -> outcomes.get(c.dossier().id()))
                .setHeader(getTranslation("decision.outcome")).setAutoWidth(true);
        grid.addComponentColumn(c -> reasons.get(c.dossier().id()))
                .setHeader(getTranslation("decision.reason")).setFlexGrow(1);
        grid.setEmptyStateText(getTranslation("decision.noneReviewed"));
        meetingDate = DatePickers.create(getTranslation("decision.meetingDate"), getLocale());
        minuteNumber.setLabel(getTranslation("decision.minuteNumber"));
        minuteNumber.setPlaceholder("局务会纪要〔2026〕12号");
        record.setText(getTranslation("decision.record"));
        record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        record.addClickListener(e -> recordMeeting());
        HorizontalLayout meeting = new HorizontalLayout(meetingDate, minuteNumber, record);
        meeting.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        meetings.setPadding(false);
        call.addValueChangeListener(e -> {
            refresh();
            call.keepIn(this, address);
        });
        add(new H2(getTranslation("nav.decision")), call, new Paragraph(getTranslation("decision.intro")), pack, grid,
                meeting, meetings);
    }

    /** The call of the address, or the call under review (issue 25). */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (call.choose(event.getLocation().getQueryParameters(), calls.now(),
                dossierList.callsWaiting(java.util.EnumSet.of(cn.kunming.kjj.carrier.dossier.DossierStatus.REVIEWED)), dossierList.callsUnderReview())) {
            refresh();
            call.keepIn(this, address);
        }
    }

    private Select<DecisionOutcome> outcomeSelect() {
        Select<DecisionOutcome> select = new Select<>();
        select.setItems(DecisionOutcome.values());
        select.setItemLabelGenerator(o -> o == null ? getTranslation("decision.undecided") : getTranslation(o.messageKey()));
        select.setEmptySelectionAllowed(true);
        select.setEmptySelectionCaption(getTranslation("decision.undecided"));
        return select;
    }

    void refresh() {
        outcomes.clear();
        reasons.clear();
        meetings.removeAll();
        Call selected = call.getValue();
        if (selected == null) {
            grid.setItems(List.of());
            return;
        }
        List<DecisionCandidate> candidates = decisions.candidates(selected.id());
        pack.removeAll();
        if (!candidates.isEmpty()) {
            // the collective decision's papers: every reviewed dossier of the call with its scores (issue 25, part 7)
            pack.add(Downloads.link(getTranslation("decision.meetingPack"), "会议材料-" + selected.year() + ".pdf",
                    Downloads.PDF, () -> decisions.meetingPack(selected.id())));
        }
        for (DecisionCandidate c : candidates) {
            outcomes.put(c.dossier().id(), outcomeSelect());
            TextField reason = new TextField();
            reason.setWidthFull();
            // rendered in the grid, out of reach of the page's own pass after navigation
            InputLimits.apply(reason);
            reasons.put(c.dossier().id(), reason);
        }
        grid.setItems(candidates);
        for (Meeting m : decisions.meetings(selected.id())) {
            meetings.add(new H3(getTranslation("decision.meeting", Formats.date(m.date()), m.minuteNumber())));
            long proposed = m.decisions().stream().filter(d -> d.outcome() == DecisionOutcome.PROPOSED).count();
            meetings.add(new Paragraph(getTranslation("decision.meetingSummary", proposed,
                    m.decisions().size() - proposed, m.recordedBy())));
        }
    }

    /**
     * Records the collective decision after the bureau confirms: it cannot be changed afterwards (P4.4). A proposed
     * dossier that fails rules of Art. 2–3 is named in the confirmation with those rules, which the service then
     * records as seen (issue 25, part 4).
     */
    FormDialog recordMeeting() {
        VerticalLayout said = new VerticalLayout(new Paragraph(getTranslation("decision.recordConsequence")));
        said.setPadding(false);
        RuleAcknowledgement seen = RuleAcknowledgement.none();
        for (DecisionCandidate c : grid.getListDataView().getItems().toList()) {
            Select<DecisionOutcome> outcome = outcomes.get(c.dossier().id());
            if (outcome != null && outcome.getValue() == DecisionOutcome.PROPOSED && !c.failedRules().isEmpty()) {
                Paragraph warning = new Paragraph(getTranslation("decision.proposeDespiteRules", c.unitName(),
                        c.dossier().content().facts().name(), String.join("、", c.failedRules())));
                warning.getStyle().set("color", "var(--lumo-error-text-color)");
                warning.addClassName("failed-rules-warning");
                said.add(warning);
                seen = seen.and(c.dossier().id(), c.failedRules());
            }
        }
        RuleAcknowledgement acknowledged = seen;
        FormDialog dialog = new FormDialog(getTranslation("decision.record"), said,
                getTranslation("decision.record"), () -> recordMeetingNow(acknowledged), () -> { });
        dialog.open();
        return dialog;
    }

    /** Each candidate's row has both its outcome and its reason field (they are put together). */
    private TextField reasonOf(DossierId dossierId) {
        TextField reason = reasons.get(dossierId);
        if (reason == null) {
            throw new IllegalStateException("no reason field for dossier " + dossierId);
        }
        return reason;
    }

    private void recordMeetingNow(RuleAcknowledgement seen) {
        List<DecisionLine> lines = new ArrayList<>();
        outcomes.forEach((dossierId, select) -> {
            if (select.getValue() != null) {
                lines.add(new DecisionLine(dossierId, select.getValue(), reasonOf(dossierId).getValue()));
            }
        });
        try {
            decisions.recordMeeting(call.chosen().id(), meetingDate.getValue(), minuteNumber.getValue(), lines, seen);
            Notifications.success(this, "decision.recorded", lines.size());
            refresh();
        } catch (PortalException e) {
            Notifications.refused(this, e);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.decision");
    }
}
