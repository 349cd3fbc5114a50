package cn.kunming.kjj.carrier.matrix;

import cn.kunming.kjj.carrier.common.UnitId;
import cn.kunming.kjj.carrier.security.Role;
import cn.kunming.kjj.carrier.support.ForeignData;
import cn.kunming.kjj.carrier.support.KaribuTest;
import cn.kunming.kjj.carrier.support.MovableClock;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.ClassUtils;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every input of every page, generated from the pages themselves: each text gets empty, one character too long,
 * markup and control characters; each number negative, zero and absurdly large. The field refuses what it must with a
 * message beside it (a text states its length limit, a number its range), nothing fails into an error page, and the
 * page, with the record it edits, still opens afterwards. A new page or field is covered without anyone remembering to.
 */
class FieldMatrixTest extends KaribuTest {

    private static final String MARKUP = "<script>alert('x')</script><b>粗体</b>&amp;";
    private static final String CONTROL = "\u0000\u0007\u001b[31m\u202e";

    /** One page as a person of one role reaches it. */
    record Page(String address, Runnable signIn, Class<?> view) {
    }

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MovableClock clock;
    @Autowired
    cn.kunming.kjj.carrier.authority.AuthorityScenario authorities;
    @Autowired
    cn.kunming.kjj.carrier.annualreport.AnnualReportService reports;
    @Autowired
    cn.kunming.kjj.carrier.review.ReviewScenario review;
    @Autowired
    cn.kunming.kjj.carrier.expertreview.ExpertWork expertWork;

    private final List<String> problems = new ArrayList<>();
    private int dialogsChecked;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private List<Class<?>> routes() {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        List<Class<?>> views = new ArrayList<>();
        for (var candidate : scanner.findCandidateComponents("cn.kunming.kjj.carrier")) {
            views.add(ClassUtils.resolveClassName(candidate.getBeanClassName(), getClass().getClassLoader()));
        }
        return views;
    }

    private List<Page> pages(ForeignData.Owned o) {
        Long draftUnit = jdbc.queryForObject("select unit_id from dossier where id = ?", Long.class, o.draft());
        // the industry authority of the owned carrier's field (decision 0030), and a report of that carrier it may
        // remark on: the 2027 one, submitted; the 2026 one stays the applicant's draft
        cn.kunming.kjj.carrier.common.TenantId authority = authorities.authority("矩阵行业主管部门");
        authorities.link(authority, jdbc.queryForObject("select industry_field from carrier where id = ?",
                String.class, o.carrier()));
        cn.kunming.kjj.carrier.support.As.user(cn.kunming.kjj.carrier.common.AccountId.of(o.account()), Role.APPLICANT,
                ForeignData.OWNER, UnitId.of(o.unit()));
        cn.kunming.kjj.carrier.common.ReportId submitted = reports.open(
                cn.kunming.kjj.carrier.common.CarrierId.of(o.carrier()), 2027);
        reports.submit(submitted, 0, new cn.kunming.kjj.carrier.annualreport.ReportContent("基本情况", "人才", "项目",
                "成效", "案例", "财务", "问题", BigDecimal.ONE, 1, 1, BigDecimal.ZERO));
        cn.kunming.kjj.carrier.support.As.signOut();
        Runnable asAuthority = () -> login(Role.INDUSTRY_AUTHORITY, authority.value());
        List<Runnable> everyone = List.of(
                () -> { },
                () -> login(Role.APPLICANT, ForeignData.OWNER, UnitId.of(o.unit()), o.account()),
                () -> login(Role.DISTRICT_OFFICER, ForeignData.OWNER),
                () -> login(Role.BUREAU_OFFICER, "KMKJJ"),
                () -> login(Role.ADMIN, null),
                () -> login(Role.SECURITY_ADMIN, null),
                () -> login(Role.AUDITOR, null),
                asAuthority);
        List<Page> pages = new ArrayList<>();
        for (Class<?> view : routes()) {
            String route = view.getAnnotation(Route.class).value();
            if (route.contains("/:")) {
                if (view.getSimpleName().equals("ExpertReviewView")) {
                    pages.addAll(expertPages(view));
                } else {
                    problems.add(view.getSimpleName() + ": say which record the field matrix opens it with");
                }
                continue;
            }
            if (HasUrlParameter.class.isAssignableFrom(view)) {
                switch (view.getSimpleName()) {
                    case "DossierView" -> pages.add(new Page(route + "/" + o.draft(),
                            () -> login(Role.APPLICANT, ForeignData.OWNER, UnitId.of(draftUnit), draftUnit + 50_000), view));
                    case "ReportView" -> pages.add(new Page(route + "/" + o.report(),
                            () -> login(Role.APPLICANT, ForeignData.OWNER, UnitId.of(o.unit()), o.account()), view));
                    case "DistrictReviewView" -> pages.add(new Page(route + "/" + o.dossier(),
                            () -> login(Role.DISTRICT_OFFICER, ForeignData.OWNER), view));
                    case "DossierHistoryView" -> pages.add(new Page(route + "/" + o.dossier(),
                            () -> login(Role.DISTRICT_OFFICER, ForeignData.OWNER), view));
                    case "MajorChangeView" -> pages.add(new Page(route + "/" + o.change(),
                            () -> login(Role.DISTRICT_OFFICER, ForeignData.OWNER), view));
                    case "CarrierFileView" -> pages.add(new Page(route + "/" + o.carrier(),
                            () -> login(Role.BUREAU_OFFICER, "KMKJJ"), view));
                    case "UnitView" -> pages.add(new Page(route + "/" + o.unit(),
                            () -> login(Role.DISTRICT_OFFICER, ForeignData.OWNER), view));
                    case "PublicNoticeView" -> pages.add(new Page(route + "/" + o.notice(), () -> { }, view));
                    case "AuthorityDossierView" -> pages.add(new Page(route + "/" + o.dossier(), asAuthority, view));
                    case "ConsultationView" -> pages.add(new Page(route + "/" + o.notice(), asAuthority, view));
                    case "AuthorityReportView" -> pages.add(new Page(route + "/" + submitted, asAuthority, view));
                    default -> problems.add(view.getSimpleName() + ": say which record the field matrix opens it with");
                }
                continue;
            }
            for (Runnable signIn : everyone) {
                if (opens(route, signIn, view)) {
                    pages.add(new Page(route, signIn, view));
                    break;
                }
            }
        }
        return pages;
    }

    /**
     * An expert's review page opens only through an assignment: one waiting for the conflict declaration (its note),
     * and one declared, showing the score sheet.
     */
    private List<Page> expertPages(Class<?> view) {
        cn.kunming.kjj.carrier.common.CallId call = review.openCall();
        List<Page> pages = new ArrayList<>();
        for (boolean declared : new boolean[]{false, true}) {
            cn.kunming.kjj.carrier.review.ReviewScenario.Submitted s = review.submitted(call, ForeignData.OWNER);
            review.recommend(s.dossierId(), ForeignData.OWNER);
            cn.kunming.kjj.carrier.review.ReviewScenario.ExpertLogin expert = review.expert("矩阵评审专家");
            review.assign(s.dossierId(), expert);
            if (declared) {
                cn.kunming.kjj.carrier.support.As.signIn(expert.user());
                expertWork.declare(cn.kunming.kjj.carrier.expertreview.Subject.dossier(s.dossierId()), false, "");
                cn.kunming.kjj.carrier.support.As.signOut();
            }
            pages.add(new Page("expert/review/" + s.dossierId(),
                    () -> login(Role.EXPERT, null, null, expert.user().accountId()), view));
        }
        return pages;
    }

    private boolean opens(String address, Runnable signIn, Class<?> view) {
        fresh(signIn);
        try {
            UI.getCurrent().navigate(address);
        } catch (RuntimeException e) {
            return false;
        }
        return view.isInstance(UI.getCurrent().getCurrentView());
    }

    private void fresh(Runnable signIn) {
        logout();
        MockVaadin.tearDown();
        setUpVaadinAgain();
        signIn.run();
    }

    private void attempt(Page page, String what, Runnable step) {
        try {
            step.run();
            Component shown = UI.getCurrent().getCurrentView();
            if (!page.view().isInstance(shown)) {
                problems.add(page.address() + " · " + what + ": the page became " + shown.getClass().getSimpleName());
            }
        } catch (RuntimeException e) {
            problems.add(page.address() + " · " + what + ": " + e);
        }
    }

    private <F extends Component> void each(Component root, Class<F> type, Consumer<F> check) {
        for (F field : LocatorJ._find(root, type)) {
            if (field.isVisible() && field.getElement().isEnabled()
                    && !Boolean.parseBoolean(field.getElement().getProperty("readonly", "false"))) {
                check.accept(field);
            }
        }
    }

    private static String name(Component field) {
        String label = field.getElement().getProperty("label", "");
        return field.getClass().getSimpleName() + "「" + label + "」";
    }

    private void texts(Page page, Component field, int max, Runnable invalidCheck, Consumer<String> set) {
        String name = name(field);
        if (max <= 0) {
            problems.add(page.address() + " · " + name + ": states no length limit");
            return;
        }
        attempt(page, name + " = ''", () -> set.accept(""));
        attempt(page, name + " = " + (max + 1) + " characters", () -> {
            set.accept("字".repeat(max + 1));
            invalidCheck.run();
        });
        attempt(page, name + " = markup", () -> set.accept(MARKUP));
        attempt(page, name + " = control characters", () -> set.accept(CONTROL));
        attempt(page, name + " = ''", () -> set.accept(""));
    }

    private void check(Page page, Component root) {
        each(root, TextField.class, f -> texts(page, f, f.getMaxLength(), () -> refused(page, f, f.isInvalid()), f::setValue));
        each(root, EmailField.class, f -> texts(page, f, f.getMaxLength(), () -> refused(page, f, f.isInvalid()), f::setValue));
        each(root, TextArea.class, f -> texts(page, f, f.getMaxLength(), () -> refused(page, f, f.isInvalid()), f::setValue));
        each(root, IntegerField.class, f -> {
            Integer before = f.getValue();
            attempt(page, name(f) + " = -1", () -> {
                f.setValue(-1);
                refused(page, f, f.isInvalid());
            });
            attempt(page, name(f) + " = 0", () -> f.setValue(0));
            attempt(page, name(f) + " = 2147483647", () -> {
                f.setValue(Integer.MAX_VALUE);
                refused(page, f, f.isInvalid());
            });
            attempt(page, name(f) + " back", () -> f.setValue(before));
        });
        each(root, BigDecimalField.class, f -> {
            BigDecimal before = f.getValue();
            attempt(page, name(f) + " = -1", () -> {
                f.setValue(new BigDecimal("-1"));
                refused(page, f, f.isInvalid());
            });
            attempt(page, name(f) + " = 0", () -> f.setValue(BigDecimal.ZERO));
            attempt(page, name(f) + " = 1e15", () -> {
                f.setValue(new BigDecimal("1e15"));
                refused(page, f, f.isInvalid());
            });
            attempt(page, name(f) + " back", () -> f.setValue(before));
        });
    }

    /**
     * The inputs that open only after a click: each button of the page, pressed on a fresh copy of it; where a dialog
     * opens, its fields get the same values. A button that acts at once (save, export) only has to leave the page
     * standing.
     */
    private void dialogs(Page page) {
        int buttons = LocatorJ._find(UI.getCurrent().getCurrentView(), Button.class).size();
        for (int i = 0; i < buttons; i++) {
            fresh(page.signIn());
            UI.getCurrent().navigate(page.address());
            List<Button> found = LocatorJ._find(UI.getCurrent().getCurrentView(), Button.class);
            if (i >= found.size()) {
                break;
            }
            Button button = found.get(i);
            if (!button.isVisible() || !button.isEnabled() || !button.getElement().getParent().isVisible()) {
                continue;
            }
            String what = "button「" + button.getText() + "」";
            press(page, what, button);
            for (Dialog dialog : LocatorJ._find(Dialog.class)) {
                if (dialog.isOpened()) {
                    dialogsChecked++;
                    check(new Page(page.address() + " · " + what, page.signIn(), page.view()), dialog);
                    dialog.close();
                }
            }
        }
    }

    /** A button may lead elsewhere (保存并下一个, 返回列表); it must not fail, nor lead to an error page. */
    private void press(Page page, String what, Button button) {
        try {
            button.click();
            Component shown = UI.getCurrent().getCurrentView();
            if (shown instanceof cn.kunming.kjj.carrier.common.ui.InternalErrorView
                    || shown instanceof cn.kunming.kjj.carrier.common.ui.NothingHereView) {
                problems.add(page.address() + " · " + what + ": led to " + shown.getClass().getSimpleName());
            }
        } catch (RuntimeException e) {
            problems.add(page.address() + " · " + what + ": " + e);
        }
    }

    private void refused(Page page, Component field, boolean invalid) {
        String message = field.getElement().getProperty("errorMessage", "");
        if (!invalid || message.isBlank()) {
            problems.add(page.address() + " · " + name(field) + ": takes the value without a message beside it");
        }
    }

    @Test
    void everyInputOfEveryPageRefusesBadValuesAtTheFieldAndThePageStillOpensAfterwards() {
        ForeignData.Owned owned = new ForeignData(context).owned();
        List<Page> pages = pages(owned);
        assertThat(pages).as("the pages found").hasSizeGreaterThan(20);
        for (Page page : pages) {
            fresh(page.signIn());
            UI.getCurrent().navigate(page.address());
            check(page, UI.getCurrent());
            dialogs(page);
            fresh(page.signIn());
            attempt(page, "opened again", () -> UI.getCurrent().navigate(page.address()));
        }
        assertThat(dialogsChecked).as("the dialogs reached by a click").isGreaterThan(10);
        assertThat(problems).as("inputs that take bad values or break their page").isEmpty();
    }
}
