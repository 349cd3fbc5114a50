package cn.kunming.kjj.carrier.tenant.ui;

import cn.kunming.kjj.carrier.common.ui.Downloads;
import java.util.List;
import cn.kunming.kjj.carrier.common.PortalException;
import cn.kunming.kjj.carrier.common.ui.FormDialog;
import cn.kunming.kjj.carrier.common.ui.Formats;
import cn.kunming.kjj.carrier.common.ui.Notifications;
import cn.kunming.kjj.carrier.security.AccountStatus;
import cn.kunming.kjj.carrier.security.Roles;
import cn.kunming.kjj.carrier.security.UnitAccount;
import cn.kunming.kjj.carrier.tenant.UnitActivationService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** The district officer activates or rejects the accounts of units registered in its own tenant. */
@Route("district/unit-accounts")
@Menu(title = "nav.unitAccounts", order = 30, icon = "vaadin:user-check")
@RolesAllowed(Roles.DISTRICT_OFFICER)
class UnitAccountActivationView extends VerticalLayout implements HasDynamicTitle {

    private final transient UnitActivationService activation;
    final Grid<UnitAccount> grid = new Grid<>();
    final ComboBox<AccountStatus> status = new ComboBox<>();
    private List<UnitAccount> shown = List.of();

    UnitAccountActivationView(UnitActivationService activation) {
        this.activation = activation;
        setSizeFull();
        status.setLabel(getTranslation("account.status"));
        status.setItems(AccountStatus.values());
        status.setItemLabelGenerator(s -> getTranslation(s.messageKey()));
        status.setValue(AccountStatus.PENDING);
        status.setClearButtonVisible(true);
        status.addValueChangeListener(e -> refresh());

        grid.addColumn(UnitAccount::unitName).setHeader(getTranslation("unit.name")).setAutoWidth(true);
        grid.addColumn(a -> a.creditCode() + (a.legacyCreditCode() ? " " + getTranslation("activation.legacyMark") : ""))
                .setHeader(getTranslation("unit.creditCode")).setAutoWidth(true);
        grid.addColumn(UnitAccount::displayName).setHeader(getTranslation("account.displayName"));
        grid.addColumn(UnitAccount::username).setHeader(getTranslation("account.username"));
        grid.addColumn(a -> getTranslation(a.status().messageKey())).setHeader(getTranslation("account.status"));
        grid.addColumn(a -> Formats.dateTime(a.createdAt())
                + (a.status() == AccountStatus.PENDING && activation.expired(a) ? " · " + getTranslation("activation.expiredMark") : ""))
                .setHeader(getTranslation("account.createdAt"));
        grid.addColumn(a -> competing(a) == 0 ? "" : getTranslation("activation.competing", competing(a)))
                .setHeader(getTranslation("activation.competingHeader")).setAutoWidth(true);
        grid.addComponentColumn(a -> a.hasLicence() ? Downloads.stored(getTranslation("activation.licence"),
                        "营业执照-" + a.creditCode(), "application/octet-stream", () -> activation.licence(a.unitId()))
                        : new com.vaadin.flow.component.html.Span())
                .setHeader(getTranslation("activation.licence")).setAutoWidth(true);
        grid.addComponentColumn(this::actions).setHeader(getTranslation("action.actions")).setAutoWidth(true);
        grid.setEmptyStateText(getTranslation("list.empty"));
        add(new H2(getTranslation("nav.unitAccounts")), status, grid);
        refresh();
    }

    private HorizontalLayout actions(UnitAccount account) {
        HorizontalLayout buttons = new HorizontalLayout();
        if (account.status() == AccountStatus.PENDING) {
            Button activate = new Button(getTranslation("activation.activate"), e -> activate(account));
            activate.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
            Button reject = new Button(getTranslation("activation.reject"), e -> askReason(account));
            reject.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
            buttons.add(activate, reject);
        }
        return buttons;
    }

    /** Activation cannot be taken back: the officer confirms, having read what follows from it (P4.2). */
    FormDialog activate(UnitAccount account) {
        if (account.legacyCreditCode()) {
            return confirmLegacyCode(account);
        }
        FormDialog dialog = new FormDialog(getTranslation("activation.activate") + " · " + account.unitName(),
                new com.vaadin.flow.component.html.Paragraph(getTranslation("activation.consequence",
                        account.unitName(), account.creditCode())),
                getTranslation("activation.activate"),
                () -> activation.activate(account.accountId(), account.accountVersion()),
                () -> {
                    Notifications.success(this, "activation.activated", account.unitName());
                    refresh();
                });
        dialog.open();
        return dialog;
    }

    /** An early pilot-region code fails the check: the officer confirms it explicitly, and this is audited. */
    FormDialog confirmLegacyCode(UnitAccount account) {
        com.vaadin.flow.component.checkbox.Checkbox confirm = new com.vaadin.flow.component.checkbox.Checkbox(
                getTranslation("activation.confirmLegacyCode", account.creditCode()));
        FormDialog dialog = new FormDialog(getTranslation("activation.activate") + " · " + account.unitName(), confirm,
                getTranslation("activation.activate"),
                () -> activation.activate(account.accountId(), account.accountVersion(), confirm.getValue()),
                () -> {
                    Notifications.success(this, "activation.activated", account.unitName());
                    refresh();
                });
        dialog.open();
        return dialog;
    }

    FormDialog askReason(UnitAccount account) {
        TextArea reason = new TextArea(getTranslation("activation.reason"));
        reason.setWidthFull();
        reason.setMaxLength(500);
        FormDialog dialog = new FormDialog(getTranslation("activation.reject") + " · " + account.unitName(), reason,
                getTranslation("activation.reject"),
                () -> activation.reject(account.accountId(), account.accountVersion(), reason.getValue()),
                () -> {
                    Notifications.success(this, "activation.rejected", account.unitName());
                    refresh();
                }).danger();
        dialog.open();
        return dialog;
    }

    /**
     * Competing registrations (the same code, still waiting) sit next to each other: the list is ordered by code,
     * and each row says how many others wait with its code.
     */
    private void refresh() {
        shown = activation.unitAccounts(status.getValue()).stream()
                .sorted(java.util.Comparator.comparing(UnitAccount::creditCode).thenComparing(UnitAccount::createdAt))
                .toList();
        grid.setItems(shown);
    }

    private int competing(UnitAccount account) {
        if (account.status() != AccountStatus.PENDING) {
            return 0;
        }
        return (int) shown.stream().filter(o -> o.status() == AccountStatus.PENDING && !o.unitId().equals(account.unitId())
                && o.creditCode().equals(account.creditCode())).count();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.unitAccounts");
    }
}
