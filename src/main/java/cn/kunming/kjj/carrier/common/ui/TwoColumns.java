package cn.kunming.kjj.carrier.common.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.orderedlayout.FlexLayout;

/** A form and what it produces side by side on wide screens, one above the other on narrow ones. */
public final class TwoColumns extends FlexLayout {

    public TwoColumns(Component left, String leftBasis, Component right, String rightBasis) {
        super(left, right);
        setFlexWrap(FlexWrap.WRAP);
        setWidthFull();
        getStyle().set("gap", "var(--lumo-space-l)");
        left.getElement().getStyle().set("flex", "1 1 " + leftBasis);
        right.getElement().getStyle().set("flex", "1 1 " + rightBasis);
    }
}
