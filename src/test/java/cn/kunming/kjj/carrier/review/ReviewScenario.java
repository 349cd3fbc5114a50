package cn.kunming.kjj.carrier.review;

import cn.kunming.kjj.carrier.common.AccountId;
import cn.kunming.kjj.carrier.common.UnitId;
import cn.kunming.kjj.carrier.common.CarrierId;
import cn.kunming.kjj.carrier.common.NoticeId;
import cn.kunming.kjj.carrier.common.CallId;
import cn.kunming.kjj.carrier.common.ExpertId;
import cn.kunming.kjj.carrier.common.DossierId;
import cn.kunming.kjj.carrier.expertreview.ExpertWork;
import cn.kunming.kjj.carrier.expertreview.Subject;
import cn.kunming.kjj.carrier.expertreview.Criterion;
import cn.kunming.kjj.carrier.expertreview.ExpertOpinion;
import cn.kunming.kjj.carrier.expertreview.ScoreSheet;
import cn.kunming.kjj.carrier.expertreview.Assignment;
import cn.kunming.kjj.carrier.support.Scenarios;
import cn.kunming.kjj.carrier.call.CallService;
import cn.kunming.kjj.carrier.common.CarrierKind;
import cn.kunming.kjj.carrier.dossier.Dossier;
import cn.kunming.kjj.carrier.dossier.DossierContent;
import cn.kunming.kjj.carrier.dossier.DossierService;
import cn.kunming.kjj.carrier.expert.ExpertDraft;
import cn.kunming.kjj.carrier.expert.ExpertService;
import cn.kunming.kjj.carrier.security.AccountStatus;
import cn.kunming.kjj.carrier.security.PortalUser;
import cn.kunming.kjj.carrier.security.Role;
import cn.kunming.kjj.carrier.support.As;
import cn.kunming.kjj.carrier.support.Fixtures;
import cn.kunming.kjj.carrier.tenant.ActivationStatus;
import org.springframework.boot.test.context.TestComponent;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Builds the steps of the review pipeline for tests, each as the role that performs it. */
@TestComponent
public class ReviewScenario {

    public static final String DISTRICT = "530102";

    private final CallService calls;
    private final DossierService dossiers;
    private final RecommendationService recommendations;
    private final ExpertService experts;
    private final ReviewAssignmentService assignments;
    private final ExpertWork work;
    private final Fixtures fixtures;
    private final DecisionService decisions;

    ReviewScenario(CallService calls, DossierService dossiers, RecommendationService recommendations,
                   ExpertService experts, ReviewAssignmentService assignments, ExpertWork work,
                   Fixtures fixtures, DecisionService decisions, java.time.Clock clock) {
        this.clock = clock;
        this.decisions = decisions;
        this.calls = calls;
        this.dossiers = dossiers;
        this.recommendations = recommendations;
        this.experts = experts;
        this.assignments = assignments;
        this.work = work;
        this.fixtures = fixtures;
    }

    /** A submitted dossier; {@code field} is its industry field, unique to it so that proposals are predictable. */
    public record Submitted(CallId callId, DossierId dossierId, UnitId unitId, PortalUser applicant, String field) {
    }

    public record ExpertLogin(ExpertId expertId, PortalUser user) {
    }

    public CallId openCall() {
        return Scenarios.openCall(calls);
    }

    /** A unit of the tenant submits an eligible concept-verification dossier in a field of its own. */
    public Submitted submitted(CallId callId, String tenant) {
        return submitted(callId, tenant, Fixtures.unique("合成生物"));
    }

    /** A dossier of a new unit in the given industry field, submitted. */
    public Submitted submitted(CallId callId, String tenant, String field) {
        return submitted(callId, tenant, field, Scenarios.eligibleContent().facts());
    }

    /**
     * A dossier of a new unit with these facts, submitted — acknowledging, as the applicant must, the rules they fail
     * (see {@link #failing}).
     */
    public Submitted submitted(CallId callId, String tenant, String field, cn.kunming.kjj.carrier.eligibility.Facts facts) {
        UnitId unit = fixtures.unit(tenant, ActivationStatus.ACTIVE);
        AccountId account = fixtures.account(Role.APPLICANT, tenant, unit, AccountStatus.ACTIVE);
        PortalUser applicant = As.user(account, Role.APPLICANT, tenant, unit);
        DossierId id = dossiers.open(callId, CarrierKind.CONCEPT_CENTER);
        DossierContent base = Scenarios.eligibleContent();
        DossierContent content = new DossierContent(facts, base.services(), base.managementSystems(), true,
                List.of(), List.of(), List.of(), "案例", field);
        Dossier draft = dossiers.saveDraft(id, 0, content).dossier();
        dossiers.submit(id, draft.version(), true);
        As.signOut();
        return new Submitted(callId, id, unit, applicant, field);
    }

    /**
     * The eligible facts of {@link Scenarios#eligibleContent()} with a smaller site and fewer reserve projects: below
     * 200 m² fails C2.3a, below 3 projects C2.4a.
     */
    public static cn.kunming.kjj.carrier.eligibility.Facts failing(int siteAreaSqm, int reserveProjects) {
        cn.kunming.kjj.carrier.eligibility.Facts f = Scenarios.eligibleContent().facts();
        return new cn.kunming.kjj.carrier.eligibility.Facts(f.kind(), f.name(), f.submittedOn(), f.hostType(),
                f.independentLegalPerson(), f.registeredInKunming(), java.math.BigDecimal.valueOf(siteAreaSqm),
                f.operatingTeam(), f.headExperienced(), f.advisors(), f.techBrokers(), reserveProjects,
                f.servicesInLastTwoYears(), f.seriousDishonestyListed(), f.majorIncidentInLastYear(), f.poc(), f.pilot());
    }

    public PortalUser district(String tenant) {
        return As.role(Role.DISTRICT_OFFICER, tenant);
    }

    public void recommend(DossierId dossierId, String tenant) {
        district(tenant);
        ReviewWorkspace w = recommendations.workspace(dossierId);
        recommendations.decide(dossierId, DistrictAction.RECOMMEND, allPresent(w.checklist()), "材料齐全真实，同意推荐", null);
        As.signOut();
    }

    public static List<ChecklistItem> allPresent(List<ChecklistEntry> checklist) {
        return checklist.stream().map(e -> new ChecklistItem(e.code(), Verdict.PRESENT, "")).toList();
    }

    /** An active expert in the pool with a linked expert account. */
    public ExpertLogin expert(String name, String fields, String affiliation, String creditCode) {
        As.role(Role.BUREAU_OFFICER, "KMKJJ");
        ExpertId id = experts.create(new ExpertDraft(name, List.of(fields.split("、")), "研究员", affiliation, creditCode,
                "0871-1", "", true));
        AccountId account = fixtures.account(Role.EXPERT, null, null, AccountStatus.ACTIVE);
        experts.linkAccount(id, 0, account);
        As.signOut();
        return new ExpertLogin(id, new PortalUser(account, fixtures.username(account), name, Role.EXPERT, null, null));
    }

    public ExpertLogin expert(String name) {
        return expert(name, "生物医药", Fixtures.unique("某研究院"), null);
    }

    public void assign(DossierId dossierId, ExpertLogin... chosen) {
        As.role(Role.BUREAU_OFFICER, "KMKJJ");
        for (ExpertLogin e : chosen) {
            assignments.assign(dossierId, e.expertId());
        }
        As.signOut();
    }

    /** A dossier taken through recommendation, three experts' scores and the bureau's decision to PROPOSED. */
    public Submitted proposed(CallId callId, String tenant) {
        Submitted s = reviewed(callId, tenant);
        As.role(Role.BUREAU_OFFICER, "KMKJJ");
        decisions.recordMeeting(callId, java.time.LocalDate.now(clock()), Fixtures.unique("纪要"),
                List.of(new DecisionLine(s.dossierId(), DecisionOutcome.PROPOSED, "")));
        As.signOut();
        return s;
    }

    private java.time.Clock clock;

    /** A dossier taken through recommendation and three experts' scores of 80: REVIEWED, waiting for the meeting. */
    public Submitted reviewed(CallId callId, String tenant) {
        Submitted s = submitted(callId, tenant);
        recommend(s.dossierId(), tenant);
        ExpertLogin a = expert("甲");
        ExpertLogin b = expert("乙");
        ExpertLogin c = expert("丙");
        assign(s.dossierId(), a, b, c);
        score(a, s.dossierId(), 80);
        score(b, s.dossierId(), 80);
        score(c, s.dossierId(), 80);
        return s;
    }

    /** A carrier on the register: a dossier proposed, published and filed; the clock ends after the notice. */
    public CarrierId approvedCarrier(CallId callId, String tenant, cn.kunming.kjj.carrier.support.MovableClock movable,
                                cn.kunming.kjj.carrier.publicity.PublicNoticeService notices,
                                cn.kunming.kjj.carrier.carrier.CarrierService carriers) {
        Submitted s = proposed(callId, tenant);
        As.role(Role.BUREAU_OFFICER, "KMKJJ");
        java.time.LocalDate start = java.time.LocalDate.now(clock);
        java.time.LocalDate end = notices.period(start).defaultEnd();
        NoticeId notice = notices.publish(callId, start, end, "0871-1");
        // a range of its own: Karibu tests commit their notices to the shared database, beside fixed numbers elsewhere
        notices.setDocument(notice, 1000 + (int) (notice.value() % 8000), end.plusDays(1));
        movable.set(end.plusDays(1).atTime(9, 0).atZone(java.time.ZoneId.of("Asia/Shanghai")).toInstant());
        As.role(Role.BUREAU_OFFICER, "KMKJJ");
        notices.close(notice);
        CarrierId id = carriers.register(cn.kunming.kjj.carrier.carrier.CarrierFilter.none()).stream()
                .filter(c -> c.dossierId().equals(s.dossierId())).findFirst().orElseThrow().id();
        As.signOut();
        lastApplicant = s.applicant();
        return id;
    }

    /** The applicant of the unit of the last carrier made by {@link #approvedCarrier}. */
    public PortalUser lastApplicant;

    private java.time.Clock clock() {
        return clock;
    }

    /** The expert declares no conflict and submits a complete sheet with the same score on every criterion. */
    public Assignment score(ExpertLogin expert, DossierId dossierId, int everyCriterion) {
        As.signIn(expert.user());
        work.declare(Subject.dossier(dossierId), false, "");
        Map<String, Integer> scores = work.criteria(Subject.dossier(dossierId)).stream()
                .collect(Collectors.toMap(Criterion::code, c -> everyCriterion));
        Assignment done = work.submitSheet(Subject.dossier(dossierId), work.review(Subject.dossier(dossierId)).assignment().version(),
                new ScoreSheet(scores, "现场核查属实", ExpertOpinion.SUPPORT));
        As.signOut();
        return done;
    }
}
