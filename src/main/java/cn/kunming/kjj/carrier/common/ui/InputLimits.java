package cn.kunming.kjj.carrier.common.ui;

import org.jspecify.annotations.Nullable;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import java.math.BigDecimal;

/**
 * Every input shows and keeps its limits, so that a careless or hostile value is refused at the field with a message
 * rather than saved or sent on to fail: a text is at most so long (a field that states its own limit keeps it); a
 * number is not negative and not absurd. Applied to every page after navigation and to every form dialog; the
 * services check the same again, since a browser can be bypassed.
 */
public final class InputLimits {

    public static final int LINE = 200;
    public static final int EMAIL = 100;
    public static final int TEXT = 20_000;
    public static final BigDecimal MAX_NUMBER = new BigDecimal("1000000000");

    private static final String APPLIED = InputLimits.class.getName();
    private static final String REFUSED = InputLimits.class.getName() + ".refused";

    private InputLimits() {
    }

    /** Gives every input under the component the limits it does not state itself. */
    public static void apply(Component root) {
        if (ComponentUtil.getData(root, APPLIED) == null) {
            limit(root);
        }
        root.getChildren().forEach(InputLimits::apply);
    }

    private static void limit(Component c) {
        switch (c) {
            case EmailField f -> {
                mark(f);
                if (f.getMaxLength() <= 0) {
                    f.setMaxLength(EMAIL);
                }
                f.addValueChangeListener(e -> checkLength(f, f.getValue(), f.getMaxLength()));
            }
            case TextField f -> {
                mark(f);
                if (f.getMaxLength() <= 0) {
                    f.setMaxLength(LINE);
                }
                f.addValueChangeListener(e -> checkLength(f, f.getValue(), f.getMaxLength()));
            }
            case TextArea f -> {
                mark(f);
                if (f.getMaxLength() <= 0) {
                    f.setMaxLength(TEXT);
                }
                f.addValueChangeListener(e -> checkLength(f, f.getValue(), f.getMaxLength()));
            }
            case IntegerField f -> {
                mark(f);
                if (!f.getElement().hasProperty("min")) {
                    f.setMin(0);
                }
                if (!f.getElement().hasProperty("max")) {
                    f.setMax(MAX_NUMBER.intValueExact());
                }
                if (f.getI18n() == null) {
                    // what the browser says itself, e.g. for 99999999999, which is no integer it can hold
                    f.setI18n(new IntegerField.IntegerFieldI18n()
                            .setBadInputErrorMessage(f.getTranslation("input.notAWholeNumber", f.getMax()))
                            .setMinErrorMessage(f.getTranslation("input.belowMin", f.getMin()))
                            .setMaxErrorMessage(f.getTranslation("input.aboveMax", f.getMax())));
                }
                f.addValueChangeListener(e -> checkRange(f));
            }
            case NumberField f -> {
                mark(f);
                if (!f.getElement().hasProperty("min")) {
                    f.setMin(0);
                }
                if (!f.getElement().hasProperty("max")) {
                    f.setMax(MAX_NUMBER.doubleValue());
                }
            }
            case BigDecimalField f -> {
                mark(f);
                if (f.getI18n() == null) {
                    f.setI18n(new BigDecimalField.BigDecimalFieldI18n()
                            .setBadInputErrorMessage(f.getTranslation("input.notANumber")));
                }
                f.addValueChangeListener(e -> checkDecimal(f));
            }
            default -> {
            }
        }
    }

    private static void mark(Component c) {
        ComponentUtil.setData(c, APPLIED, Boolean.TRUE);
    }

    /** The browser stops typing at the limit; a value sent around it is refused here, beside the field. */
    private static void checkLength(com.vaadin.flow.component.HasValidation f, @Nullable String value, int max) {
        String problem = value != null && max > 0 && value.length() > max
                ? ((Component) f).getTranslation("input.tooLong", max, value.length()) : null;
        show(f, problem);
    }

    private static void checkRange(IntegerField f) {
        Integer v = f.getValue();
        String problem = v == null ? null
                : v < f.getMin() ? f.getTranslation("input.belowMin", f.getMin())
                : v > f.getMax() ? f.getTranslation("input.aboveMax", f.getMax()) : null;
        show(f, problem);
    }

    private static void show(com.vaadin.flow.component.HasValidation f, @Nullable String problem) {
        Component c = (Component) f;
        if (problem != null) {
            f.setErrorMessage(problem);
            f.setInvalid(true);
            ComponentUtil.setData(c, REFUSED, Boolean.TRUE);
        } else if (ComponentUtil.getData(c, REFUSED) != null) {
            ComponentUtil.setData(c, REFUSED, null);
            f.setInvalid(false);
        }
    }

    /** A decimal has no limits of its own in the browser: refused here, beside the field, in the reader's language. */
    private static void checkDecimal(BigDecimalField f) {
        BigDecimal v = f.getValue();
        @Nullable String problem = v == null ? null
                : v.signum() < 0 ? f.getTranslation("facts.negative", v.toPlainString())
                : v.abs().compareTo(MAX_NUMBER) > 0 || v.stripTrailingZeros().scale() > 20
                ? f.getTranslation("facts.tooLarge", MAX_NUMBER.toPlainString()) : null;
        // clear only what these checks set: a page may mark the field itself for other reasons
        show(f, problem);
    }
}
