package cn.kunming.kjj.carrier.eligibility.ui;

import cn.kunming.kjj.carrier.common.PortalException;
import cn.kunming.kjj.carrier.eligibility.EligibilityService;
import cn.kunming.kjj.carrier.eligibility.InvalidFactsException;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import cn.kunming.kjj.carrier.common.ui.TwoColumns;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import java.time.Clock;
import java.time.LocalDate;

/**
 * Where an applicant stands before writing a dossier, even before registering: the facts on the left, the result
 * per rule on the right, updated as they type, with what is missing to pass.
 */
@Route("self-check")
@Menu(title = "nav.selfCheck", order = 5, icon = "vaadin:check-square-o")
@AnonymousAllowed
class SelfCheckView extends VerticalLayout implements HasDynamicTitle {

    private final transient EligibilityService eligibility;
    final FactsForm form;
    final EvaluationPanel result = new EvaluationPanel();

    SelfCheckView(EligibilityService eligibility, Clock clock) {
        this.eligibility = eligibility;
        this.form = new FactsForm(LocalDate.now(clock));
        add(new H2(getTranslation("nav.selfCheck")), new Paragraph(getTranslation("selfCheck.intro")));
        add(new TwoColumns(form, "28em", result, "24em"));
        form.onChange(this::evaluate);
        evaluate();
    }

    void evaluate() {
        try {
            result.show(eligibility.evaluate(form.facts()));
            form.showProblems(java.util.List.of());
        } catch (InvalidFactsException e) {
            form.showProblems(e.problems());
            result.showRefusal(getTranslation("selfCheck.fixFields"));
        } catch (PortalException e) {
            result.showRefusal(getTranslation(e.messageKey(), e.args()));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.selfCheck") + " · " + getTranslation("app.shortTitle");
    }
}
