package cn.kunming.kjj.carrier.annualreport.ui;

import cn.kunming.kjj.carrier.common.UploadedFile;
import cn.kunming.kjj.carrier.common.ReportId;
import cn.kunming.kjj.carrier.common.ExpertId;
import cn.kunming.kjj.carrier.expertreview.ExpertAssignments;
import cn.kunming.kjj.carrier.expertreview.Subject;
import cn.kunming.kjj.carrier.expertreview.ui.AssignedExperts;
import cn.kunming.kjj.carrier.annualreport.AnnualReport;
import cn.kunming.kjj.carrier.annualreport.AnnualReportService;
import cn.kunming.kjj.carrier.annualreport.EvaluationRemark;
import cn.kunming.kjj.carrier.annualreport.EvaluationRemarkService;
import cn.kunming.kjj.carrier.annualreport.ReportContent;
import cn.kunming.kjj.carrier.common.PortalException;
import cn.kunming.kjj.carrier.common.ui.Autosave;
import cn.kunming.kjj.carrier.common.ui.FormDialog;
import cn.kunming.kjj.carrier.common.ui.Formats;
import cn.kunming.kjj.carrier.common.ui.Notifications;
import cn.kunming.kjj.carrier.security.CurrentUser;
import cn.kunming.kjj.carrier.security.Role;
import cn.kunming.kjj.carrier.security.Roles;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import java.util.List;

/** One yearly report: the applicant writes and submits it; officers read it and may return it. */
@Route("reports")
@RolesAllowed({Roles.APPLICANT, Roles.DISTRICT_OFFICER, Roles.BUREAU_OFFICER})
class ReportView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle, BeforeLeaveObserver {

    private final transient AnnualReportService reports;
    private final transient CurrentUser currentUser;
    @SuppressWarnings("NullAway.Init") // set on navigation, which comes before any use
    private AnnualReport report;
    final TextArea basicConditions = area("report.basicConditions");
    final TextArea talentTeam = area("report.talentTeam");
    final TextArea serviceProjects = area("report.serviceProjects");
    final TextArea results = area("report.results");
    final TextArea successCases = area("report.successCases");
    final TextArea financialStatus = area("report.financialStatus");
    final TextArea problems = area("report.problems");
    final BigDecimalField revenue = new BigDecimalField(getTranslation("report.serviceRevenueWan"));
    final IntegerField projects = new IntegerField(getTranslation("report.projectsServed"));
    final IntegerField incubated = new IntegerField(getTranslation("report.enterprisesIncubated"));
    final BigDecimalField financing = new BigDecimalField(getTranslation("report.financingRaisedWan"));
    final Button save = new Button();
    final Button submit = new Button();
    final Autosave.Stamp savedAt = new Autosave.Stamp();
    @SuppressWarnings("NullAway.Init")
    private VerticalLayout sections;
    @SuppressWarnings("NullAway.Init")
    private VerticalLayout files;
    private boolean loading;
    private boolean editing;

    private final transient cn.kunming.kjj.carrier.annualreport.ReportReviewService review;
    private final transient cn.kunming.kjj.carrier.expert.ExpertService experts;
    private final transient ExpertAssignments assignedExperts;
    private final transient EvaluationRemarkService remarks;

    ReportView(AnnualReportService reports, CurrentUser currentUser,
               cn.kunming.kjj.carrier.annualreport.ReportReviewService review,
               cn.kunming.kjj.carrier.expert.ExpertService experts, ExpertAssignments assignedExperts,
               EvaluationRemarkService remarks) {
        this.remarks = remarks;
        this.assignedExperts = assignedExperts;
        this.review = review;
        this.experts = experts;
        this.reports = reports;
        this.currentUser = currentUser;
    }

    private TextArea area(String key) {
        TextArea area = new TextArea(getTranslation(key));
        area.setWidthFull();
        return area;
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        editing = false;
        try {
            report = reports.report(ReportId.of(id));
        } catch (cn.kunming.kjj.carrier.common.NotFoundException e) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        removeAll();
        add(new H2(report.carrierName() + " · " + getTranslation("report.title", report.year())),
                new Paragraph(getTranslation("account.status") + "：" + getTranslation(report.status().messageKey())
                        + " · " + getTranslation("report.dueOn") + " " + Formats.date(report.dueOn())
                        + (report.returnReason() == null ? "" : " · " + getTranslation("report.returnedBecause", report.returnReason()))));
        ReportContent c = report.content();
        loading = true;
        basicConditions.setValue(c.basicConditions());
        talentTeam.setValue(c.talentTeam());
        serviceProjects.setValue(c.serviceProjects());
        results.setValue(c.results());
        successCases.setValue(c.successCases());
        financialStatus.setValue(c.financialStatus());
        problems.setValue(c.problems());
        revenue.setValue(c.serviceRevenueWan());
        projects.setValue(c.projectsServed());
        incubated.setValue(c.enterprisesIncubated());
        financing.setValue(c.financingRaisedWan());
        loading = false;
        boolean editable = currentUser.require().role() == Role.APPLICANT && report.status().editable();
        sections = new VerticalLayout(basicConditions, talentTeam, serviceProjects, results, successCases,
                financialStatus, problems, new FormLayout(revenue, projects, incubated, financing));
        sections.setPadding(false);
        add(sections);
        if (editable) {
            save.setText(getTranslation("action.save"));
            save.addClickListener(e -> save(false));
            submit.setText(getTranslation("report.submit"));
            submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            submit.addClickListener(e -> save(true));
            HorizontalLayout actions = new HorizontalLayout(save, submit, savedAt);
            actions.setAlignItems(Alignment.BASELINE);
            add(actions);
            savedAt.loaded(report.savedAt(), report.version());
            saveWhileTyping();
            editing = true;
        } else if (currentUser.require().role() != Role.APPLICANT && !report.status().editable()) {
            Button giveBack = new Button(getTranslation("report.return"), e -> returnDialog());
            add(giveBack);
        }
        setReadOnly(!editable);
        files = files(editable);
        add(files);
        if (currentUser.require().role() == Role.BUREAU_OFFICER && !report.status().editable()) {
            add(expertReview(), authorityRemarks());
        }
    }

    /** The report's files: uploaded and removed while it is written, opened by everyone who may read it. */
    private VerticalLayout files(boolean editable) {
        VerticalLayout box = new VerticalLayout(new com.vaadin.flow.component.html.H3(getTranslation("attachment.title")));
        box.setPadding(false);
        for (var f : reports.files(report.id())) {
            HorizontalLayout line = new HorizontalLayout(cn.kunming.kjj.carrier.common.ui.Downloads.stored(
                    f.fileName() + "（" + Math.max(1, f.sizeBytes() / 1024) + " KB）", f.fileName(), "application/octet-stream",
                    () -> reports.fileContent(report.id(), f.id())));
            if (editable) {
                line.add(new Button(getTranslation("attachment.remove"), e -> {
                    reports.detach(report.id(), f.id());
                    showFiles();
                }));
            }
            box.add(line);
        }
        if (editable) {
            box.add(new cn.kunming.kjj.carrier.common.ui.LimitedUpload(
                    cn.kunming.kjj.carrier.common.ui.LimitedUpload.ATTACHMENT_BYTES, this::attach,
                    cn.kunming.kjj.carrier.common.ui.LimitedUpload.EVIDENCE_TYPES));
        }
        return box;
    }

    void attach(UploadedFile file) {
        try {
            reports.attach(report.id(), file);
            Notifications.success(this, "attachment.uploaded", file.fileName());
            showFiles();
        } catch (PortalException e) {
            Notifications.refused(this, e);
        }
    }

    /** The bureau's part (M5.1): the experts on the report, their scores, and one more to assign. */
    private VerticalLayout expertReview() {
        VerticalLayout box = new VerticalLayout(new com.vaadin.flow.component.html.H3(getTranslation("report.reviews")));
        box.setPadding(false);
        box.add(new AssignedExperts(assignedExperts, Subject.report(report.id()),
                () -> getUI().ifPresent(ui -> ui.navigate(ReportView.class, report.id().value()))));
        com.vaadin.flow.component.combobox.ComboBox<cn.kunming.kjj.carrier.expert.Expert> expert =
                new com.vaadin.flow.component.combobox.ComboBox<>(getTranslation("review.addExpert"));
        expert.setItems(experts.all().stream().filter(cn.kunming.kjj.carrier.expert.Expert::active).toList());
        expert.setItemLabelGenerator(e -> e.name() + "（" + e.affiliation() + "）");
        Button assign = new Button(getTranslation("action.save"), e -> {
            try {
                review.assign(report.id(), expert.getValue() == null ? ExpertId.of(-1) : expert.getValue().id());
                Notifications.success(this, "action.saved");
                getUI().ifPresent(ui -> ui.navigate(ReportView.class, report.id().value()));
            } catch (PortalException ex) {
                Notifications.refused(this, ex);
            }
        });
        box.add(new HorizontalLayout(expert, assign));
        return box;
    }

    /** The industry authorities' remarks for the year's evaluation (M5.1: 会同行业主管部门…绩效评价). */
    private VerticalLayout authorityRemarks() {
        VerticalLayout box = new VerticalLayout(new com.vaadin.flow.component.html.H3(getTranslation("remark.bureauTitle")));
        box.setPadding(false);
        List<EvaluationRemark> given = remarks.remarks(report.id());
        com.vaadin.flow.component.html.UnorderedList list = new com.vaadin.flow.component.html.UnorderedList();
        given.forEach(r -> list.add(new com.vaadin.flow.component.html.ListItem(r.authorityName() + "：" + r.remark()
                + "（" + r.remarkedBy() + " " + Formats.dateTime(r.remarkedAt()) + "）")));
        if (given.isEmpty()) {
            list.add(new com.vaadin.flow.component.html.ListItem(getTranslation("remark.none")));
        }
        box.add(list);
        return box;
    }

    private void setReadOnly(boolean readOnly) {
        for (var field : new com.vaadin.flow.component.HasValue<?, ?>[]{basicConditions, talentTeam, serviceProjects,
                results, successCases, financialStatus, problems, revenue, projects, incubated, financing}) {
            field.setReadOnly(readOnly);
        }
    }

    ReportContent content() {
        return new ReportContent(basicConditions.getValue(), talentTeam.getValue(), serviceProjects.getValue(),
                results.getValue(), successCases.getValue(), financialStatus.getValue(), problems.getValue(),
                revenue.getValue(), projects.getValue(), incubated.getValue(), financing.getValue());
    }

    /** The files again, in place: what is typed in the sections stays as it is (it is saved as it is typed). */
    private void showFiles() {
        VerticalLayout fresh = files(true);
        replace(files, fresh);
        files = fresh;
    }

    /** Saves the report as it is typed, like a dossier draft: a closed tab or a reload loses nothing. */
    private void saveWhileTyping() {
        Autosave.whileTyping(basicConditions, talentTeam, serviceProjects, results, successCases, financialStatus,
                problems, revenue, projects, incubated, financing);
        Autosave.guard(sections);
        for (var field : new com.vaadin.flow.component.HasValue<?, ?>[]{basicConditions, talentTeam, serviceProjects,
                results, successCases, financialStatus, problems, revenue, projects, incubated, financing}) {
            field.addValueChangeListener(e -> autosave());
        }
    }

    void autosave() {
        if (loading || !report.status().editable()) {
            return;
        }
        try {
            report = reports.save(report.id(), report.version(), content());
            savedAt.saved(report.savedAt(), report.version());
            Autosave.saveFailed(sections, false);
        } catch (PortalException e) {
            Autosave.saveFailed(sections, true);
            Notifications.refused(this, e);
        }
    }

    void save(boolean submitting) {
        try {
            report = submitting ? reports.submit(report.id(), report.version(), content())
                    : reports.save(report.id(), report.version(), content());
            Notifications.success(this, submitting ? "report.submitted" : "action.saved");
            savedAt.saved(report.savedAt(), report.version());
            if (submitting) {
                getUI().ifPresent(ui -> ui.navigate(ReportsView.class));
            }
        } catch (PortalException e) {
            Notifications.refused(this, e);
        }
    }

    FormDialog returnDialog() {
        TextArea reason = new TextArea(getTranslation("report.returnReason"));
        reason.setWidthFull();
        FormDialog dialog = new FormDialog(getTranslation("report.return"), reason, getTranslation("report.return"),
                () -> reports.returnForRevision(report.id(), reason.getValue()),
                () -> {
                    // said on screen, and the unit is notified that it must act (issue: returns were silent)
                    Notifications.success(this, "report.returnedDone", report.carrierName());
                    getUI().ifPresent(ui -> ui.navigate(ReportsView.class));
                });
        dialog.open();
        return dialog;
    }

    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        if (editing) {
            Autosave.flushBeforeLeaving(event, sections);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.reports");
    }
}
