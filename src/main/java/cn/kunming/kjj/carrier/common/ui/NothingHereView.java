package cn.kunming.kjj.carrier.common.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/**
 * The one answer for a missing page, a record outside the user's scope and a view the role may not open,
 * so that no answer reveals whether something exists elsewhere.
 */
public abstract class NothingHereView extends VerticalLayout {

    protected NothingHereView() {
        addClassName("nothing-here");
        add(new H2(getTranslation("error.notFound.title")), new Paragraph(getTranslation("error.notFound")),
                new Anchor("", getTranslation("error.backHome")));
    }
}
