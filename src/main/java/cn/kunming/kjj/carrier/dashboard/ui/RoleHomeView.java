package cn.kunming.kjj.carrier.dashboard.ui;

import cn.kunming.kjj.carrier.security.PortalUser;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;

/** Common shape of the home views: a greeting, the role's duties in one line, and key figures. */
abstract class RoleHomeView extends VerticalLayout implements HasDynamicTitle {

    private final FlexLayout figures = new FlexLayout();

    RoleHomeView(PortalUser user, String dutiesKey) {
        addClassName("role-home");
        figures.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        figures.getStyle().set("gap", "var(--lumo-space-m)");
        add(new H2(getTranslation("home.greeting", user.displayName())),
                new Paragraph(getTranslation(dutiesKey)), figures);
    }

    final void figure(String labelKey, Object value) {
        Span number = new Span(String.valueOf(value));
        number.getStyle().set("font-size", "var(--lumo-font-size-xxl)").set("font-weight", "600").set("display", "block");
        Div card = new Div(number, new Span(getTranslation(labelKey)));
        card.addClassName("figure");
        card.getStyle().set("padding", "var(--lumo-space-m)").set("border-radius", "var(--lumo-border-radius-l)")
                .set("background", "var(--lumo-contrast-5pct)").set("min-width", "12em");
        figures.add(card);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.home") + " · " + getTranslation("app.shortTitle");
    }
}
