package cn.kunming.kjj.carrier.common.ui;

import cn.kunming.kjj.carrier.common.PortalException;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;

/**
 * A dialog with a form and a confirm button. A refusal (bad input, a rule, a concurrent edit) keeps the dialog
 * open with what the user typed and says why; only a successful action closes it.
 */
public class FormDialog extends Dialog {

    private final Button confirm;

    public FormDialog(String title, Component body, String confirmLabel, Runnable action, Runnable afterSuccess) {
        setHeaderTitle(title);
        add(body);
        InputLimits.apply(body);
        confirm = new Button(confirmLabel, e -> {
            try {
                action.run();
                close();
                afterSuccess.run();
            } catch (PortalException ex) {
                Notifications.refused(this, ex);
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), confirm);
    }

    public FormDialog danger() {
        confirm.removeThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        return this;
    }

    /** For tests and keyboard users alike: what the confirm button does. */
    public void confirm() {
        confirm.click();
    }
}
