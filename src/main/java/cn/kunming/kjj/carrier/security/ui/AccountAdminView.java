package cn.kunming.kjj.carrier.security.ui;

import cn.kunming.kjj.carrier.common.PortalException;
import cn.kunming.kjj.carrier.common.ui.FormDialog;
import cn.kunming.kjj.carrier.common.ui.Formats;
import cn.kunming.kjj.carrier.common.ui.PortalI18NProvider;
import cn.kunming.kjj.carrier.common.ui.Notifications;
import cn.kunming.kjj.carrier.security.Account;
import cn.kunming.kjj.carrier.security.AccountService;
import cn.kunming.kjj.carrier.security.Organisations;
import cn.kunming.kjj.carrier.security.AccountStatus;
import cn.kunming.kjj.carrier.security.AccountDraft;
import cn.kunming.kjj.carrier.security.Role;
import cn.kunming.kjj.carrier.security.Roles;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import cn.kunming.kjj.carrier.common.SearchTerm;
import cn.kunming.kjj.carrier.common.ui.ListAddress;
import cn.kunming.kjj.carrier.common.ui.ListSearch;
import cn.kunming.kjj.carrier.common.ui.QueryParams;
import cn.kunming.kjj.carrier.common.ui.RowCount;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The security administrator's accounts and roles. Applicant accounts arrive through unit registration. */
@Route("security/accounts")
@Menu(title = "nav.accounts", order = 10, icon = "vaadin:users")
@RolesAllowed(Roles.SECURITY_ADMIN)
class AccountAdminView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final transient AccountService accounts;
    private final transient List<Organisations.TenantChoice> tenantList;
    private final Map<String, String> tenantNames;
    final Grid<Account> grid = new Grid<>();
    final ListSearch search = new ListSearch("account.search", this::searched);
    final RowCount count = new RowCount();
    final ListAddress address = new ListAddress("security/accounts");

    private final transient Clock clock;

    AccountAdminView(AccountService accounts, Clock clock) {
        this.clock = clock;
        this.accounts = accounts;
        this.tenantList = accounts.tenantChoices();
        this.tenantNames = tenantList.stream()
                .collect(Collectors.toMap(t -> t.id().value(), t -> t.displayName(PortalI18NProvider.uiIsEnglish())));
        setSizeFull();
        grid.addColumn(Account::username).setHeader(getTranslation("account.username")).setAutoWidth(true);
        grid.addColumn(Account::displayName).setHeader(getTranslation("account.displayName")).setAutoWidth(true);
        grid.addColumn(a -> getTranslation(a.role().messageKey())).setHeader(getTranslation("account.role"));
        grid.addColumn(a -> a.tenantId() == null ? "" : tenantNames.getOrDefault(a.tenantId().value(), ""))
                .setHeader(getTranslation("account.tenant")).setAutoWidth(true);
        grid.addColumn(a -> getTranslation(a.status().messageKey())
                        + (a.lockedAt(LocalDateTime.now(clock)) ? " · " + getTranslation("account.locked") : ""))
                .setHeader(getTranslation("account.status"));
        grid.addColumn(a -> Formats.dateTime(a.createdAt())).setHeader(getTranslation("account.createdAt"));
        grid.addComponentColumn(this::actions).setHeader(getTranslation("action.actions")).setAutoWidth(true);
        grid.setItems(q -> accounts.find(text(), q.getOffset(), q.getLimit()).stream(),
                q -> count.show(accounts.count(text())));
        Button create = new Button(getTranslation("account.create"), e -> openCreate());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H2(getTranslation("nav.accounts")), new HorizontalLayout(search, count, create), grid);
    }

    /** The search stays in the address (issue 25), so that Back and a reload show the same accounts. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        search.read(event.getLocation().getQueryParameters());
        searched();
    }

    private void searched() {
        grid.getDataProvider().refreshAll();
        address.write(this, search.into(new QueryParams()));
    }

    private String text() {
        SearchTerm term = search.term();
        return term == null ? "" : term.text();
    }

    private HorizontalLayout actions(Account a) {
        boolean enabled = a.status() == AccountStatus.ACTIVE;
        Button toggle = new Button(getTranslation(enabled ? "account.disable" : "account.enable"),
                e -> run(() -> accounts.setEnabled(a.id(), a.version(), !enabled)));
        Button role = new Button(getTranslation("account.changeRole"), e -> openRole(a));
        Button unlock = new Button(getTranslation("account.unlock"), e -> run(() -> accounts.unlock(a.id())));
        unlock.setVisible(a.lockedAt(LocalDateTime.now(clock)) || a.failedAttempts() > 0);
        for (Button b : List.of(toggle, role, unlock)) {
            b.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        }
        return new HorizontalLayout(role, toggle, unlock);
    }

    private void run(Runnable action) {
        try {
            action.run();
            Notifications.success(this, "action.saved");
        } catch (PortalException e) {
            Notifications.refused(this, e);
        }
        grid.getDataProvider().refreshAll();
    }

    private ComboBox<Role> roleBox() {
        ComboBox<Role> role = new ComboBox<>(getTranslation("account.role"));
        role.setItems(Arrays.stream(Role.values()).filter(r -> r != Role.APPLICANT).toList());
        role.setItemLabelGenerator(r -> getTranslation(r.messageKey()));
        return role;
    }

    private ComboBox<Organisations.TenantChoice> tenantBox() {
        ComboBox<Organisations.TenantChoice> tenant = new ComboBox<>(getTranslation("account.tenant"), tenantList);
        tenant.setItemLabelGenerator(t -> t.displayName(PortalI18NProvider.uiIsEnglish()));
        tenant.setClearButtonVisible(true);
        return tenant;
    }

    FormDialog openCreate() {
        TextField username = new TextField(getTranslation("account.username"));
        username.setHelperText(getTranslation("account.usernameHelp"));
        TextField displayName = new TextField(getTranslation("account.displayName"));
        ComboBox<Role> role = roleBox();
        ComboBox<Organisations.TenantChoice> tenant = tenantBox();
        EmailField email = new EmailField(getTranslation("account.email"));
        PasswordField password = new PasswordField(getTranslation("account.initialPassword"));
        FormDialog dialog = new FormDialog(getTranslation("account.create"),
                new FormLayout(username, displayName, role, tenant, email, password), getTranslation("action.save"),
                () -> accounts.create(new AccountDraft(username.getValue(), displayName.getValue(), role.getValue(),
                        tenant.getValue() == null ? null : tenant.getValue().id(), null,
                        email.getValue().isBlank() ? null : email.getValue()), password.getValue()),
                this::saved);
        dialog.open();
        return dialog;
    }

    private void openRole(Account a) {
        ComboBox<Role> role = roleBox();
        role.setValue(a.role() == Role.APPLICANT ? null : a.role());
        ComboBox<Organisations.TenantChoice> tenant = tenantBox();
        tenantList.stream().filter(t -> t.id().equals(a.tenantId())).findFirst().ifPresent(tenant::setValue);
        new FormDialog(getTranslation("account.changeRole") + " · " + a.username(), new FormLayout(role, tenant),
                getTranslation("action.save"),
                () -> accounts.changeRole(a.id(), a.version(), role.getValue(),
                        tenant.getValue() == null ? null : tenant.getValue().id(), a.unitId()),
                this::saved).open();
    }

    private void saved() {
        grid.getDataProvider().refreshAll();
        Notifications.success(this, "action.saved");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.accounts");
    }
}
