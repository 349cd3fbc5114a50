package cn.kunming.kjj.carrier.dossier.ui;

import cn.kunming.kjj.carrier.common.DossierId;
import cn.kunming.kjj.carrier.call.CallService;
import cn.kunming.kjj.carrier.call.RequiredAttachment;
import cn.kunming.kjj.carrier.common.ConcurrentEditException;
import cn.kunming.kjj.carrier.common.PortalException;
import cn.kunming.kjj.carrier.common.ui.Autosave;
import cn.kunming.kjj.carrier.common.ui.Downloads;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import cn.kunming.kjj.carrier.common.ui.FormDialog;
import cn.kunming.kjj.carrier.common.ui.Formats;
import cn.kunming.kjj.carrier.common.ui.Notifications;
import cn.kunming.kjj.carrier.common.ui.TwoColumns;
import cn.kunming.kjj.carrier.credit.ui.CreditChecksPanel;
import cn.kunming.kjj.carrier.dossier.Dossier;
import cn.kunming.kjj.carrier.dossier.DistrictReturns;
import cn.kunming.kjj.carrier.dossier.DossierContent;
import cn.kunming.kjj.carrier.dossier.DossierService;
import cn.kunming.kjj.carrier.dossier.DossierDocumentService;
import cn.kunming.kjj.carrier.dossier.DossierVersion;
import cn.kunming.kjj.carrier.dossier.DossierChanges;
import cn.kunming.kjj.carrier.dossier.DossierStatus;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import cn.kunming.kjj.carrier.dossier.OfferedServices;
import cn.kunming.kjj.carrier.dossier.ReserveProject;
import cn.kunming.kjj.carrier.dossier.TeamMember;
import cn.kunming.kjj.carrier.dossier.SavedDraft;
import cn.kunming.kjj.carrier.dossier.SubmissionCheck;
import cn.kunming.kjj.carrier.eligibility.ui.EvaluationPanel;
import cn.kunming.kjj.carrier.eligibility.ui.FactsForm;
import cn.kunming.kjj.carrier.security.CurrentUser;
import cn.kunming.kjj.carrier.security.Role;
import cn.kunming.kjj.carrier.security.Roles;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Map;

/**
 * One dossier. For its applicant while editable: the editor, saved on every change, with the rules and what is
 * missing beside it. For everyone else in scope, and after submission: the submitted versions, read-only. A dossier
 * outside the reader's scope is answered like one that does not exist.
 */
@Route("dossiers")
@RolesAllowed({Roles.APPLICANT, Roles.DISTRICT_OFFICER, Roles.BUREAU_OFFICER})
class DossierView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle, BeforeLeaveObserver {

    private final transient DossierService dossiers;
    private final transient CurrentUser currentUser;
    private final transient Clock clock;
    private final transient CallService calls;
    @SuppressWarnings("NullAway.Init") // set on navigation, which comes before any use
    private Dossier current;
    @SuppressWarnings("NullAway.Init") // the editor's parts: built with it, and used by its listeners only
    AttachmentsPanel attachments;
    @SuppressWarnings("NullAway.Init")
    PeopleEditor team;
    @SuppressWarnings("NullAway.Init")
    PeopleEditor advisors;
    // the editor's inputs are made with the editor (issue 27): a reader's session, the district's and the bureau's,
    // keeps none of them
    @SuppressWarnings("NullAway.Init")
    TextArea reserveProjects;
    @SuppressWarnings("NullAway.Init")
    TextArea performanceEvidence;
    @SuppressWarnings("NullAway.Init")
    TextField industryField;
    @SuppressWarnings("NullAway.Init")
    FactsForm form;
    @SuppressWarnings("NullAway.Init")
    EvaluationPanel evaluation;
    @SuppressWarnings("NullAway.Init")
    CheckboxGroup<String> services;
    @SuppressWarnings("NullAway.Init")
    TextArea managementSystems;
    @SuppressWarnings("NullAway.Init")
    Checkbox commitment;
    @SuppressWarnings("NullAway.Init")
    Autosave.Stamp savedAt;
    @SuppressWarnings("NullAway.Init")
    UnorderedList missing;
    @SuppressWarnings("NullAway.Init")
    Button submit;
    final Grid<DossierVersion> versions = new Grid<>();
    final VerticalLayout submittedContent = new VerticalLayout();
    private boolean loading;
    /** The applicant's editor of an editable draft; none for other readers and after submission. */
    private @Nullable Component editor;

    private final transient DossierDocumentService documents;
    final HorizontalLayout documentLinks = new HorizontalLayout();

    DossierView(DossierService dossiers, CurrentUser currentUser, Clock clock, CallService calls,
                DossierDocumentService documents) {
        this.calls = calls;
        this.documents = documents;
        versions.addSelectionListener(e -> e.getFirstSelectedItem().ifPresent(this::showVersion));
        this.dossiers = dossiers;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        editor = null;
        Optional<Dossier> found = id == null ? Optional.empty() : dossiers.find(DossierId.of(id));
        if (found.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        current = found.get();
        removeAll();
        add(new H2(getTranslation(current.kind().messageKey()) + " · "
                + (current.content().facts().name().isBlank() ? "#" + current.id() : current.content().facts().name())),
                new Paragraph(getTranslation("account.status") + "：" + getTranslation(current.status().messageKey())));
        boolean mine = currentUser.require().role() == Role.APPLICANT;
        if (mine && current.status().editable()) {
            buildEditor();
        }
        buildVersions();
    }

    private void buildEditor() {
        form = new FactsForm(LocalDate.now(clock));
        reserveProjects = new TextArea();
        performanceEvidence = new TextArea();
        industryField = new TextField();
        evaluation = new EvaluationPanel();
        services = new CheckboxGroup<>();
        managementSystems = new TextArea();
        commitment = new Checkbox();
        savedAt = new Autosave.Stamp();
        missing = new UnorderedList();
        submit = new Button();
        loading = true;
        form.show(current.content().facts());
        services.setLabel(getTranslation("dossier.services"));
        services.setItems(OfferedServices.of(current.kind()));
        services.setValue(new java.util.LinkedHashSet<>(current.content().services()));
        managementSystems.setLabel(getTranslation("dossier.managementSystems"));
        managementSystems.setWidthFull();
        managementSystems.setValue(current.content().managementSystems() == null ? "" : current.content().managementSystems());
        commitment.setLabel(getTranslation("dossier.commitment"));
        commitment.setValue(current.content().commitment());
        team = new PeopleEditor("team.operating", current.content().team(), false, this::peopleChanged);
        advisors = new PeopleEditor("team.advisors", current.content().advisors(), true, this::peopleChanged);
        reserveProjects.setLabel(getTranslation("dossier.reserveProjects"));
        reserveProjects.setHelperText(getTranslation("dossier.reserveProjectsHelp"));
        reserveProjects.setWidthFull();
        reserveProjects.setValue(current.content().reserveProjects().stream()
                .map(p -> String.join("；", p.name(), p.field(), p.stage())).collect(java.util.stream.Collectors.joining("\n")));
        performanceEvidence.setLabel(getTranslation("dossier.performanceEvidence"));
        performanceEvidence.setWidthFull();
        performanceEvidence.setValue(current.content().performanceEvidence() == null ? "" : current.content().performanceEvidence());
        industryField.setLabel(getTranslation("dossier.industryField"));
        industryField.setHelperText(getTranslation("dossier.industryFieldHelp"));
        industryField.setWidthFull();
        industryField.setValue(current.content().industryField() == null ? "" : current.content().industryField());
        Autosave.whileTyping(managementSystems, reserveProjects, performanceEvidence, industryField);
        syncCounts();
        loading = false;
        form.onChange(this::save);
        services.addValueChangeListener(e -> save());
        managementSystems.addValueChangeListener(e -> save());
        commitment.addValueChangeListener(e -> save());
        reserveProjects.addValueChangeListener(e -> save());
        performanceEvidence.addValueChangeListener(e -> save());
        industryField.addValueChangeListener(e -> save());

        submit.setText(getTranslation("dossier.submit"));
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(e -> trySubmit(false));
        savedAt.loaded(current.lastSavedAt(), current.version());

        attachments = new AttachmentsPanel(dossiers, current.id(), requiredAttachments(), true, this::refreshCheck);
        VerticalLayout left = new VerticalLayout(form, industryField, team, advisors, reserveProjects, services, managementSystems,
                performanceEvidence, commitment, attachments);
        left.setPadding(false);
        showReasonsOfReturn(left, Map.of("basic", form, "facts", form, "team", team,
                "reserveProjects", reserveProjects, "services", services, "managementSystems", managementSystems,
                "performanceEvidence", performanceEvidence, "commitment", commitment));
        VerticalLayout right = new VerticalLayout(new H3(getTranslation("dossier.beforeSubmitting")), missing, submit,
                savedAt, evaluation);
        right.setPadding(false);
        Component built = new TwoColumns(left, "30em", right, "24em");
        built.setId("dossier-editor");
        Autosave.guard(built);
        team.onTypingAhead(held -> Autosave.hold(built, "team", held));
        advisors.onTypingAhead(held -> Autosave.hold(built, "advisors", held));
        editor = built;
        add(built);
        refreshCheck();
    }

    /**
     * After a return for revision (P4.3): the district's opinion and date on top, and each reason right above the
     * part of the editor it concerns (reasons about attachments above the attachments).
     */
    private void showReasonsOfReturn(VerticalLayout editor, Map<String, Component> sections) {
        if (current.status() != DossierStatus.RETURNED) {
            return;
        }
        Optional<DistrictReturns.Latest> latest = dossiers.districtsLatest(current.id());
        if (latest.isEmpty()) {
            return;
        }
        Div banner = new Div(new Span(getTranslation("dossier.returnedBanner", Formats.date(latest.get().revisionDue()),
                latest.get().opinion())));
        banner.addClassName("review-note");
        banner.setId("return-banner");
        addComponentAtIndex(2, banner);
        for (DistrictReturns.Problem problem : latest.get().problems()) {
            Component target = sections.getOrDefault(problem.sectionCode(), attachments);
            Div note = new Div(new Span(getTranslation("review.problemNote", problem.note())));
            note.addClassName("review-note");
            editor.addComponentAtIndex(editor.indexOf(target), note);
        }
    }

    private List<RequiredAttachment> requiredAttachments() {
        return calls.publishedCall(current.callId())
                .map(c -> c.requiredFor(current.kind())).orElse(List.of());
    }

    /** Saves the draft as it stands, so that a closed tab or an expired session loses nothing. */
    void save() {
        Component guarded = editor;
        if (loading || guarded == null || !current.status().editable()) {
            return;
        }
        try {
            SavedDraft saved = dossiers.saveDraft(current.id(), current.version(), new DossierContent(form.facts(),
                    List.copyOf(services.getValue()), managementSystems.getValue(), commitment.getValue(),
                    team.people(), advisors.people(), projects(), performanceEvidence.getValue(),
                    industryField.getValue()));
            current = saved.dossier();
            savedAt.saved(current.lastSavedAt(), current.version());
            Autosave.saveFailed(guarded, false);
            showCheck(saved.check());
        } catch (ConcurrentEditException e) {
            Autosave.saveFailed(guarded, true);
            Notifications.refused(this, new PortalException("dossier.editedElsewhere"));
            refreshCheck();
        } catch (PortalException e) {
            Autosave.saveFailed(guarded, true);
            Notifications.refused(this, e);
            refreshCheck();
        }
    }

    private void peopleChanged() {
        boolean wasLoading = loading;
        loading = true;
        syncCounts();
        loading = wasLoading;
        save();
    }

    /** While people are listed, the counts of the facts are the sizes of the lists. */
    private void syncCounts() {
        boolean lists = !team.people().isEmpty() || !advisors.people().isEmpty();
        form.useCounts(team.people().size(), advisors.people().size(),
                (int) advisors.people().stream().filter(TeamMember::techBroker).count(), lists);
    }

    private List<ReserveProject> projects() {
        return java.util.Arrays.stream(reserveProjects.getValue().split("\\R")).map(String::strip)
                .filter(l -> !l.isEmpty()).map(l -> {
                    String[] parts = l.split("[；;]", 3);
                    return new ReserveProject(parts[0].strip(), parts.length > 1 ? parts[1].strip() : "",
                            parts.length > 2 ? parts[2].strip() : "");
                }).toList();
    }

    private void refreshCheck() {
        showCheck(dossiers.check(current.id()));
    }

    private void showCheck(SubmissionCheck check) {
        missing.removeAll();
        check.missing().forEach(m -> missing.add(new ListItem(getTranslation(m.key(), m.args()))));
        if (check.missing().isEmpty()) {
            missing.add(new ListItem(getTranslation("dossier.nothingMissing")));
        }
        check.listings().forEach(e -> missing.add(new ListItem(getTranslation("dossier.listedWarning",
                CreditChecksPanel.entry(this, e)))));
        if (!check.evaluation().results().isEmpty()) {
            evaluation.show(check.evaluation());
        }
        form.showProblems(check.factProblems());
    }

    /** Submits; when conditions fail, the applicant must say it knows before the dossier goes. */
    FormDialog trySubmit(boolean acknowledged) {
        SubmissionCheck check = dossiers.check(current.id());
        if (check.hasFailures() && !acknowledged && check.missing().isEmpty()) {
            Checkbox know = new Checkbox(getTranslation("dossier.acknowledge"));
            // the failed conditions are acknowledged, and the submission's consequence said, as for any submission
            VerticalLayout body = new VerticalLayout(new Paragraph(getTranslation("dossier.submitConsequence")), know);
            body.setPadding(false);
            FormDialog dialog = new FormDialog(getTranslation("dossier.submit"), body, getTranslation("dossier.submit"),
                    () -> submitNow(know.getValue()), () -> { });
            dialog.open();
            return dialog;
        }
        // irreversible for the applicant: said before, not after (the dossier locks until the district acts)
        FormDialog dialog = new FormDialog(getTranslation("dossier.submit"),
                new Paragraph(getTranslation("dossier.submitConsequence")),
                getTranslation("dossier.submit"), () -> submitNow(acknowledged), () -> { });
        dialog.open();
        return dialog;
    }

    private void submitNow(boolean acknowledged) {
        DossierVersion v = dossiers.submit(current.id(), current.version(), acknowledged);
        Notifications.success(this, "dossier.submitted", v.number());
        getUI().ifPresent(ui -> ui.navigate(DossierView.class, current.id().value()));
    }

    private void buildVersions() {
        versions.removeAllColumns();
        versions.addColumn(DossierVersion::number).setHeader(getTranslation("dossier.versionNumber")).setAutoWidth(true);
        versions.addColumn(v -> Formats.dateTimeSeconds(v.submittedAt())).setHeader(getTranslation("dossier.submittedAt"));
        versions.addColumn(DossierVersion::submittedBy).setHeader(getTranslation("audit.actor"));
        versions.addColumn(DossierVersion::ruleSetVersion).setHeader(getTranslation("ruleSet.version"));
        versions.addColumn(v -> getTranslation(v.eligible() ? "dossier.eligible" : "dossier.notEligible"))
                .setHeader(getTranslation("dossier.rulesThen"));
        versions.addColumn(v -> v.content().facts().name()).setHeader(getTranslation("selfCheck.name"));
        List<DossierVersion> all = dossiers.versions(current.id());
        versions.addColumn(v -> changesSincePrevious(all, v)).setHeader(getTranslation("dossier.changes")).setFlexGrow(1);
        versions.setAllRowsVisible(true);
        versions.setItems(all);
        documentLinks.removeAll();
        if (!all.isEmpty()) {
            DossierId id = current.id();
            documentLinks.add(Downloads.preview(getTranslation("dossier.pdf"), "申报材料-" + id.value() + ".pdf",
                    Downloads.PDF, () -> documents.pdf(id)));
        }
        if (currentUser.require().role() != Role.APPLICANT) {
            documentLinks.add(new com.vaadin.flow.router.RouterLink(getTranslation("dossier.history"),
                    DossierHistoryView.class, current.id().value()));
        }
        if (documentLinks.getComponentCount() > 0) {
            add(documentLinks);
        }
        if (!all.isEmpty()) {
            add(new H3(getTranslation("dossier.submittedVersions")), versions);
        }
        boolean reading = !current.status().editable() || currentUser.require().role() != Role.APPLICANT;
        if (reading && !all.isEmpty()) {
            add(submittedContent);
            versions.select(all.getLast());
        } else if (reading) {
            add(new AttachmentsPanel(dossiers, current.id(), requiredAttachments(), false, () -> { }));
        }
    }

    /** Exactly what was submitted in the chosen version, attachments included. */
    private void showVersion(DossierVersion v) {
        submittedContent.removeAll();
        submittedContent.add(new H3(getTranslation("dossier.versionContent", v.number())),
                new DossierContentPanel(v.content(), v.attachments(), Map.of(),
                        attachmentId -> dossiers.attachmentContent(current.id(), attachmentId)));
    }

    private String changesSincePrevious(List<DossierVersion> all, DossierVersion v) {
        int i = all.indexOf(v);
        if (i <= 0) {
            return getTranslation("dossier.firstVersion");
        }
        List<String> changed = DossierChanges.between(all.get(i - 1), v);
        return changed.isEmpty() ? getTranslation("dossier.noChanges")
                : changed.stream().map(c -> getTranslation("section." + c)).collect(java.util.stream.Collectors.joining("、"));
    }

    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        if (editor != null) {
            Autosave.flushBeforeLeaving(event, editor);
        }
    }

    @Override
    public String getPageTitle() {
        // an applicant is in their unit's dossiers; an officer or expert reads a dossier of the list 申报材料
        return getTranslation(currentUser.require().role() == Role.APPLICANT ? "nav.myDossiers" : "dossier.readTitle");
    }
}
