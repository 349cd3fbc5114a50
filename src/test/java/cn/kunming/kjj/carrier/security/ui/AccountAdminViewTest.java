package cn.kunming.kjj.carrier.security.ui;

import cn.kunming.kjj.carrier.common.ui.FormDialog;
import cn.kunming.kjj.carrier.security.Role;
import cn.kunming.kjj.carrier.support.Fixtures;
import cn.kunming.kjj.carrier.support.KaribuTest;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AccountAdminViewTest extends KaribuTest {

    @SuppressWarnings("unchecked")
    private FormDialog fillCreateDialog(AccountAdminView view, String username, String password) {
        FormDialog dialog = view.openCreate();
        LocatorJ._get(TextField.class, spec -> spec.withLabel("用户名")).setValue(username);
        LocatorJ._get(TextField.class, spec -> spec.withLabel("姓名")).setValue("赵六");
        ((ComboBox<Role>) LocatorJ._get(ComboBox.class, spec -> spec.withLabel("角色"))).setValue(Role.EXPERT);
        LocatorJ._get(PasswordField.class).setValue(password);
        return dialog;
    }

    @Test
    void aTooShortPasswordIsRefusedInChineseAndTheDialogKeepsWhatWasTyped() {
        login(Role.SECURITY_ADMIN, null);
        var view = as(AccountAdminView.class, navigate("security/accounts"));
        String username = Fixtures.unique("expert");
        FormDialog dialog = fillCreateDialog(view, username, "abc123");
        dialog.confirm();
        NotificationsKt.expectNotifications("密码至少 8 位。");
        assertThat(dialog.isOpened()).isTrue();
        assertThat(LocatorJ._get(TextField.class, spec -> spec.withLabel("用户名")).getValue()).isEqualTo(username);
    }

    @Test
    void theSecurityAdministratorCreatesAnExpertAccountThatThenAppearsInTheList() {
        login(Role.SECURITY_ADMIN, null);
        var view = as(AccountAdminView.class, navigate("security/accounts"));
        String username = Fixtures.unique("expert");
        FormDialog dialog = fillCreateDialog(view, username, "Passw0rd!");
        dialog.confirm();
        assertThat(dialog.isOpened()).isFalse();
        view.search.setValue(username);
        assertThat(com.github.mvysny.kaributesting.v10.GridKt._size(view.grid)).isEqualTo(1);
        assertThat(com.github.mvysny.kaributesting.v10.GridKt._get(view.grid, 0).role()).isEqualTo(Role.EXPERT);
        assertThat(view.count.count()).isEqualTo(1);
        assertThat(view.address.href()).as("the search stays in the address (issue 25)").contains("q=" + username);
        var back = as(AccountAdminView.class, navigate(view.address.href()));
        assertThat(back.search.getValue()).isEqualTo(username);
        assertThat(com.github.mvysny.kaributesting.v10.GridKt._size(back.grid)).isEqualTo(1);
    }
}
