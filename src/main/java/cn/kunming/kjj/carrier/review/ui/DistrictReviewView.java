package cn.kunming.kjj.carrier.review.ui;

import cn.kunming.kjj.carrier.common.DossierId;
import cn.kunming.kjj.carrier.common.ui.Autosave;
import cn.kunming.kjj.carrier.review.ChecklistDraft;
import cn.kunming.kjj.carrier.common.PortalException;
import cn.kunming.kjj.carrier.common.ui.DatePickers;
import cn.kunming.kjj.carrier.common.ui.FormDialog;
import cn.kunming.kjj.carrier.common.ui.Formats;
import cn.kunming.kjj.carrier.common.ui.Notifications;
import cn.kunming.kjj.carrier.common.ui.TwoColumns;
import cn.kunming.kjj.carrier.credit.ui.CreditChecksPanel;
import cn.kunming.kjj.carrier.dossier.DossierService;
import cn.kunming.kjj.carrier.dossier.DossierDocumentService;
import cn.kunming.kjj.carrier.common.ui.Downloads;
import cn.kunming.kjj.carrier.dossier.DossierStatus;
import cn.kunming.kjj.carrier.dossier.FailedRules;
import cn.kunming.kjj.carrier.dossier.RuleAcknowledgement;
import cn.kunming.kjj.carrier.dossier.ui.DossierContentPanel;
import cn.kunming.kjj.carrier.eligibility.ui.EvaluationPanel;
import cn.kunming.kjj.carrier.review.ChecklistEntry;
import cn.kunming.kjj.carrier.review.ChecklistItem;
import cn.kunming.kjj.carrier.review.DistrictAction;
import cn.kunming.kjj.carrier.review.DistrictDecision;
import cn.kunming.kjj.carrier.review.DistrictReview;
import cn.kunming.kjj.carrier.review.RecommendationService;
import cn.kunming.kjj.carrier.review.ReviewWorkspace;
import cn.kunming.kjj.carrier.review.Verdict;
import cn.kunming.kjj.carrier.security.CurrentUser;
import cn.kunming.kjj.carrier.security.Role;
import cn.kunming.kjj.carrier.security.Roles;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

import cn.kunming.kjj.carrier.dossier.DossierListService;
import cn.kunming.kjj.carrier.dossier.DossierRow;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.checkbox.Checkbox;
import java.util.Optional;
import java.util.LinkedHashMap;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The district's desk for one dossier (P4.3): the submitted version on the left; on the right the rules' verdict,
 * the credit checks, the checklist item by item, the opinion and the three actions. The bureau may look, not act.
 */
@Route("district/review/dossier")
@RolesAllowed({Roles.DISTRICT_OFFICER, Roles.BUREAU_OFFICER})
class DistrictReviewView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final transient RecommendationService recommendations;
    private final transient DossierService dossiers;
    private final transient CurrentUser currentUser;
    private final transient DossierListService dossierList;
    /** The longest list "next" reads: one call's dossiers in a tenant, or the bureau's of all tenants. */
    private static final int LONGEST_LIST = 5000;
    @SuppressWarnings("NullAway.Init") // set on navigation, which comes before any use
    private ReviewWorkspace workspace;
    /** Set while a kept draft is put back into the fields, which is no new judgement to keep. */
    private boolean restoring;
    final Map<String, RadioButtonGroup<Verdict>> verdicts = new LinkedHashMap<>();
    final Map<String, TextField> notes = new LinkedHashMap<>();
    TextArea opinion = new TextArea();
    @SuppressWarnings("NullAway.Init") // built with the desk of a district that may act, the only one that reads it
    DatePicker revisionDue;
    Button returnForRevision = new Button();
    Button recommend = new Button();
    Button notRecommend = new Button();
    Button saveAndNext = new Button();
    Button backToList = new Button();
    /** After a decision: open the next dossier of the list that waits, rather than the list. */
    Checkbox thenNext = new Checkbox();
    /** The inbox the officer came from, whose order "next" follows (issue 25). */
    private InboxState from = new InboxState(null, null, false, null, null);

    private final transient DossierDocumentService documents;
    private final transient Clock clock;

    DistrictReviewView(RecommendationService recommendations, DossierService dossiers, CurrentUser currentUser,
                       DossierListService dossierList, DossierDocumentService documents, Clock clock) {
        this.documents = documents;
        this.clock = clock;
        this.recommendations = recommendations;
        this.dossiers = dossiers;
        this.currentUser = currentUser;
        this.dossierList = dossierList;
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        try {
            workspace = recommendations.workspace(DossierId.of(id));
        } catch (cn.kunming.kjj.carrier.common.NotFoundException e) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        from = InboxState.parse(event.getLocation().getQueryParameters());
        if (from.callId() == null) {
            from = new InboxState(workspace.dossier().callId(), null, false, null, null);
        }
        removeAll();
        // the page may be reused for the next dossier: its inputs and buttons start afresh, listeners and all
        verdicts.clear();
        notes.clear();
        opinion = new TextArea();
        returnForRevision = new Button();
        recommend = new Button();
        notRecommend = new Button();
        saveAndNext = new Button();
        backToList = new Button();
        thenNext = new Checkbox();
        add(new H2(workspace.unitName() + " · " + workspace.version().content().facts().name()),
                new Paragraph(getTranslation("unit.creditCode") + "：" + workspace.unitCreditCode() + " · "
                        + getTranslation("account.status") + "：" + getTranslation(workspace.dossier().status().messageKey())
                        + " · " + getTranslation("dossier.versionNumber") + " " + workspace.version().number()
                        + " · " + getTranslation("dossier.submittedAt") + " " + Formats.dateTime(workspace.version().submittedAt())));
        DossierId dossierId = workspace.dossier().id();
        add(new HorizontalLayout(Downloads.preview(getTranslation("dossier.pdf"), "申报材料-" + id + ".pdf", Downloads.PDF,
                () -> documents.pdf(dossierId)), new com.vaadin.flow.component.html.Anchor(
                "dossiers/history/" + id, getTranslation("dossier.history"))));
        DossierContentPanel content = new DossierContentPanel(workspace.version().content(),
                workspace.version().attachments(), Map.of(), attachmentId -> dossiers.attachmentContent(dossierId, attachmentId));
        VerticalLayout desk = desk();
        backToList.setText(getTranslation("review.backToList"));
        backToList.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        backToList.addClickListener(e -> backToList());
        if (mayAct()) {
            // the decision comes first in the page's order, so that the keyboard reaches it in a few steps (issue 25)
            add(decisionBar());
        } else {
            add(backToList);
        }
        add(new TwoColumns(content, "30em", desk, "26em"));
    }

    private boolean mayAct() {
        return currentUser.require().role() == Role.DISTRICT_OFFICER
                && workspace.dossier().status() == DossierStatus.SUBMITTED;
    }

    /**
     * The decision, first on the page: all items present, the opinion, the date of a return and the three actions, then
     * "save and next" and the way back. Alt+R recommends, Alt+N saves and opens the next dossier of the list.
     */
    private VerticalLayout decisionBar() {
        Button allPresent = new Button(getTranslation("review.allPresent"),
                e -> verdicts.values().forEach(v -> v.setValue(Verdict.PRESENT)));
        allPresent.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        opinion.setLabel(getTranslation("review.opinion"));
        opinion.setWidthFull();
        opinion.setMaxLength(2000);
        keepDraftAsJudged();
        revisionDue = DatePickers.create(getTranslation("review.revisionDue"), getLocale());
        returnForRevision.setText(getTranslation("districtAction.RETURN"));
        returnForRevision.addClickListener(e -> act(DistrictAction.RETURN));
        recommend.setText(getTranslation("districtAction.RECOMMEND"));
        recommend.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        recommend.addClickListener(e -> confirmRecommend());
        recommend.addClickShortcut(Key.KEY_R, KeyModifier.ALT);
        recommend.setTooltipText(getTranslation("review.shortcut", "Alt+R"));
        notRecommend.setText(getTranslation("districtAction.NOT_RECOMMEND"));
        notRecommend.addThemeVariants(ButtonVariant.LUMO_ERROR);
        notRecommend.addClickListener(e -> act(DistrictAction.NOT_RECOMMEND));
        saveAndNext.setText(getTranslation("review.saveAndNext"));
        saveAndNext.addClickListener(e -> saveAndNext());
        saveAndNext.addClickShortcut(Key.KEY_N, KeyModifier.ALT);
        saveAndNext.setTooltipText(getTranslation("review.saveAndNextHelp", "Alt+N"));
        thenNext.setLabel(getTranslation("review.thenNext"));
        thenNext.setValue(true);
        HorizontalLayout actions = new HorizontalLayout(recommend, returnForRevision, notRecommend, saveAndNext,
                backToList);
        actions.setWrap(true);
        VerticalLayout bar = new VerticalLayout(allPresent, opinion, revisionDue, actions, thenNext);
        bar.setPadding(false);
        bar.addClassName("decision-bar");
        bar.setMaxWidth("60em");
        return bar;
    }

    /**
     * The next dossier of the list the officer came from, in its order, that still waits for the district; none when
     * this one was the last. Read before acting, so that the list's order is the one the officer saw.
     */
    Optional<DossierId> next() {
        if (from.callId() == null) {
            return Optional.empty();
        }
        List<DossierRow> rows = dossierList.rows(from.filter(), from.order(), 0, LONGEST_LIST);
        int here = -1;
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).id().equals(workspace.dossier().id())) {
                here = i;
            }
        }
        return rows.stream().skip(here + 1L).filter(r -> r.status() == DossierStatus.SUBMITTED).map(DossierRow::id)
                .findFirst();
    }

    /** Keeps what is judged (the draft) and opens the next dossier of the list; the list itself after the last. */
    void saveAndNext() {
        saveDraft();
        goToNextOrList(next());
    }

    private void goToNextOrList(Optional<DossierId> next) {
        if (next.isPresent()) {
            getUI().ifPresent(ui -> ui.navigate(DistrictReviewView.class, next.get().value(), from.params().parameters()));
        } else {
            Notifications.success(this, "review.lastOfList");
            backToList();
        }
    }

    void backToList() {
        getUI().ifPresent(ui -> ui.navigate(DistrictInboxView.class, from.params().parameters()));
    }

    private VerticalLayout desk() {
        EvaluationPanel evaluation = new EvaluationPanel();
        evaluation.show(workspace.evaluation());
        VerticalLayout desk = new VerticalLayout(new H3(getTranslation("review.rules")), evaluation,
                new H3(getTranslation("review.creditChecks")), new CreditChecksPanel(workspace.creditChecks()));
        if (!workspace.listings().isEmpty()) {
            // before the district acts: a listed unit is not recommended (C2.5/C3.6)
            com.vaadin.flow.component.html.Div listed = new com.vaadin.flow.component.html.Div(
                    new com.vaadin.flow.component.html.Span(getTranslation("review.creditListedWarning",
                            workspace.listings().stream().map(e -> CreditChecksPanel.entry(this, e))
                                    .collect(java.util.stream.Collectors.joining("；")))));
            listed.addClassName("review-note");
            listed.setId("credit-listed-warning");
            listed.getStyle().set("color", "var(--lumo-error-text-color)").set("background", "var(--lumo-error-color-10pct)")
                    .set("padding", "var(--lumo-space-s)").set("border-radius", "var(--lumo-border-radius-m)");
            desk.addComponentAsFirst(listed);
        }
        desk.setPadding(false);
        if (workspace.version().failAcknowledged()) {
            desk.add(new Paragraph(getTranslation("review.failAcknowledged")));
        }
        desk.add(history());
        if (mayAct()) {
            desk.add(new H3(getTranslation("review.checklist")));
            for (ChecklistEntry entry : workspace.checklist()) {
                RadioButtonGroup<Verdict> verdict = new RadioButtonGroup<>(entry.attachmentName() == null
                        ? getTranslation(entry.messageKey()) : getTranslation(entry.messageKey(), entry.attachmentName()));
                verdict.setItems(Verdict.values());
                verdict.setItemLabelGenerator(v -> getTranslation(v.messageKey()));
                TextField note = new TextField();
                note.setPlaceholder(getTranslation("review.notePlaceholder"));
                note.setWidthFull();
                note.setVisible(false);
                note.setMaxLength(500);
                verdict.addValueChangeListener(e -> note.setVisible(e.getValue() == Verdict.PROBLEM));
                verdicts.put(entry.code(), verdict);
                notes.put(entry.code(), note);
                desk.add(verdict, note);
            }
            restoreDraft();
        }
        return desk;
    }

    /** What the district judged before a reload or an earlier visit comes back (P4.3). */
    private void restoreDraft() {
        ChecklistDraft draft = workspace.draft();
        if (draft == null) {
            return;
        }
        restoring = true;
        try {
            for (ChecklistItem item : draft.items()) {
                RadioButtonGroup<Verdict> verdict = verdicts.get(item.code());
                if (verdict != null) {
                    verdict.setValue(item.verdict());
                    noteOf(item.code()).setValue(item.note());
                }
            }
            opinion.setValue(draft.opinion());
        } finally {
            restoring = false;
        }
    }

    /** Each judgement, note and the opinion are kept as they are made, until the district acts. */
    private void keepDraftAsJudged() {
        Autosave.whileTyping(opinion);
        notes.values().forEach(Autosave::whileTyping);
        verdicts.values().forEach(v -> v.addValueChangeListener(e -> saveDraft()));
        notes.values().forEach(n -> n.addValueChangeListener(e -> saveDraft()));
        opinion.addValueChangeListener(e -> saveDraft());
    }

    void saveDraft() {
        if (restoring) {
            return;
        }
        try {
            recommendations.saveChecklistDraft(workspace.dossier().id(), items().stream()
                    .filter(i -> i.verdict() != null).toList(), opinion.getValue());
        } catch (PortalException e) {
            Notifications.refused(this, e);
        }
    }

    private VerticalLayout history() {
        VerticalLayout box = new VerticalLayout();
        box.setPadding(false);
        if (workspace.history().isEmpty()) {
            return box;
        }
        box.add(new H3(getTranslation("review.history")));
        for (DistrictReview r : workspace.history()) {
            UnorderedList problems = new UnorderedList();
            r.items().stream().filter(i -> i.verdict() == Verdict.PROBLEM)
                    .forEach(i -> problems.add(new ListItem(label(i.code()) + "：" + i.note())));
            box.add(new Paragraph(Formats.dateTime(r.decidedAt()) + " " + r.decidedBy() + " · "
                    + getTranslation(r.action().messageKey()) + "（" + getTranslation("dossier.versionNumber") + " "
                    + r.versionNumber() + "）：" + r.opinion()
                    + (r.revisionDue() == null ? "" : " · " + getTranslation("review.revisionDue") + " "
                    + Formats.date(r.revisionDue()))), problems);
        }
        return box;
    }

    private String label(String code) {
        return workspace.checklist().stream().filter(e -> e.code().equals(code)).findFirst()
                .map(e -> e.attachmentName() == null ? getTranslation(e.messageKey())
                        : getTranslation(e.messageKey(), e.attachmentName())).orElse(code);
    }

    /**
     * 推荐 hands the dossier to the bureau for good (P4.3): said before it goes — once it can go. An incomplete
     * checklist or opinion, or a listed unit, is refused at once with its reason instead of being asked about.
     */
    @Nullable FormDialog confirmRecommend() {
        boolean refusable = !workspace.listings().isEmpty() || DistrictDecision.problem(DistrictAction.RECOMMEND,
                workspace.checklist(), items(), opinion.getValue(), revisionDue.getValue(), LocalDate.now(clock)).isPresent();
        if (refusable) {
            act(DistrictAction.RECOMMEND);
            return null;
        }
        VerticalLayout said = new VerticalLayout(new com.vaadin.flow.component.html.Paragraph(
                getTranslation("review.recommendConsequence", workspace.unitName())));
        said.setPadding(false);
        List<String> failed = FailedRules.failed(workspace.evaluation());
        if (!failed.isEmpty()) {
            // the district may still recommend (its judgement of the facts may differ), but not without seeing this;
            // the service records that it saw these rules and refuses if the dossier fails others meanwhile
            com.vaadin.flow.component.html.Paragraph warning = new com.vaadin.flow.component.html.Paragraph(
                    getTranslation("review.recommendDespiteRules", String.join("、", failed)));
            warning.getStyle().set("color", "var(--lumo-error-text-color)");
            warning.addClassName("failed-rules-warning");
            said.add(warning);
        }
        FormDialog dialog = new FormDialog(getTranslation("districtAction.RECOMMEND"), said,
                getTranslation("districtAction.RECOMMEND"),
                () -> act(DistrictAction.RECOMMEND, RuleAcknowledgement.of(workspace.dossier().id(), failed)), () -> { });
        dialog.open();
        return dialog;
    }

    private List<ChecklistItem> items() {
        return verdicts.entrySet().stream()
                .map(e -> new ChecklistItem(e.getKey(), e.getValue().getValue(), noteOf(e.getKey()).getValue()))
                .toList();
    }

    /** Each checklist item has both its verdict and its note field (they are put together). */
    private TextField noteOf(String code) {
        TextField note = notes.get(code);
        if (note == null) {
            throw new IllegalStateException("no note field for checklist item " + code);
        }
        return note;
    }

    void act(DistrictAction action) {
        act(action, RuleAcknowledgement.none());
    }

    void act(DistrictAction action, RuleAcknowledgement seen) {
        List<ChecklistItem> items = items();
        Optional<DossierId> next = thenNext.getValue() ? next() : Optional.empty();
        try {
            recommendations.decide(workspace.dossier().id(), action, items, opinion.getValue(),
                    revisionDue.getValue(), seen);
            Notifications.success(this, "review.done", getTranslation(action.messageKey()));
            if (next.isPresent()) {
                goToNextOrList(next);
            } else {
                backToList();
            }
        } catch (PortalException e) {
            Notifications.refused(this, e);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.districtReview");
    }
}
