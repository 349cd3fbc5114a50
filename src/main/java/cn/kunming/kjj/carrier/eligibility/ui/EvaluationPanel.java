package cn.kunming.kjj.carrier.eligibility.ui;

import cn.kunming.kjj.carrier.eligibility.EligibilityResult;
import cn.kunming.kjj.carrier.eligibility.Outcome;
import cn.kunming.kjj.carrier.eligibility.RuleResult;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/** The result per rule, failures first, each saying what the value is and what is required. */
public class EvaluationPanel extends VerticalLayout {

    private final H3 summary = new H3();
    private final Paragraph version = new Paragraph();
    private final VerticalLayout rules = new VerticalLayout();

    public EvaluationPanel() {
        setPadding(false);
        rules.setPadding(false);
        rules.setSpacing(false);
        summary.setId("self-check-summary");
        version.getStyle().set("color", "var(--lumo-secondary-text-color)").set("margin", "0");
        add(summary, version, rules);
    }

    public void show(EligibilityResult evaluation) {
        long failed = evaluation.results().stream().filter(r -> r.outcome() == Outcome.FAIL).count();
        long review = evaluation.results().stream().filter(r -> r.outcome() == Outcome.REVIEW).count();
        summary.setText(failed == 0 ? getTranslation("selfCheck.eligible", review)
                : getTranslation("selfCheck.notEligible", failed));
        summary.getStyle().set("color", failed == 0 ? "var(--lumo-success-text-color)" : "var(--lumo-error-text-color)");
        version.setText(getTranslation("selfCheck.version", evaluation.ruleSetVersion()));
        rules.removeAll();
        evaluation.results().stream()
                .sorted((a, b) -> Integer.compare(rank(a.outcome()), rank(b.outcome())))
                .forEach(r -> rules.add(row(r)));
    }

    public void showRefusal(String message) {
        summary.setText(message);
        summary.getStyle().set("color", "var(--lumo-error-text-color)");
    }

    private static int rank(Outcome outcome) {
        return switch (outcome) {
            case FAIL -> 0;
            case REVIEW -> 1;
            case PASS -> 2;
        };
    }

    private Div row(RuleResult result) {
        Span badge = new Span(getTranslation(result.outcome().messageKey()));
        badge.getElement().getThemeList().add("badge " + switch (result.outcome()) {
            case PASS -> "success";
            case FAIL -> "error";
            case REVIEW -> "contrast";
        });
        badge.getStyle().set("margin-right", "var(--lumo-space-s)").set("padding", "0 var(--lumo-space-s)")
                .set("border-radius", "var(--lumo-border-radius-s)").set("font-weight", "600").set("color",
                        switch (result.outcome()) {
                            case PASS -> "var(--lumo-success-text-color)";
                            case FAIL -> "var(--lumo-error-text-color)";
                            case REVIEW -> "var(--lumo-secondary-text-color)";
                        });
        Div row = new Div(badge, new Span(result.message(getLocale())));
        row.addClassName("rule-result");
        row.getElement().setAttribute("data-rule", result.rule());
        row.getElement().setAttribute("data-outcome", result.outcome().name());
        row.getStyle().set("padding", "var(--lumo-space-xs) 0").set("border-bottom", "1px solid var(--lumo-contrast-10pct)");
        return row;
    }
}
