package cn.kunming.kjj.carrier.security.ui;

import cn.kunming.kjj.carrier.security.ClaimMapping;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import java.util.Arrays;
import java.util.List;

/** 无访问权限: signed in at the identity provider, but the portal cannot place the person. Says why, plainly. */
@Route(value = "no-access", autoLayout = false)
@AnonymousAllowed
class NoAccessView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final Paragraph reason = new Paragraph();

    NoAccessView() {
        setId("no-access-view");
        setAlignItems(Alignment.CENTER);
        add(new H2(getTranslation("noAccess.title")), reason, new Paragraph(getTranslation("noAccess.contact")),
                new Anchor("login", getTranslation("noAccess.backToLogin")));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<String> given = event.getLocation().getQueryParameters().getParameters().getOrDefault("reason", List.of());
        String key = given.stream().flatMap(r -> Arrays.stream(ClaimMapping.Refusal.values())
                        .filter(known -> known.name().equals(r)))
                .findFirst().map(ClaimMapping.Refusal::messageKey).orElse("noAccess.generic");
        reason.setText(getTranslation(key));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("noAccess.title");
    }
}
