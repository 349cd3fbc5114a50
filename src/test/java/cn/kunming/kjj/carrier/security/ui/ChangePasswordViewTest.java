package cn.kunming.kjj.carrier.security.ui;

import cn.kunming.kjj.carrier.security.AccountStatus;
import cn.kunming.kjj.carrier.security.Role;
import cn.kunming.kjj.carrier.support.Fixtures;
import cn.kunming.kjj.carrier.support.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

class ChangePasswordViewTest extends KaribuTest {

    @Autowired
    Fixtures fixtures;

    @Test
    void anExpiredPasswordIsChangedFromTheLinkTheLoginPageGives() {
        String username = fixtures.username(fixtures.account(Role.DISTRICT_OFFICER, "530102", null, AccountStatus.ACTIVE));
        ChangePasswordView view = as(ChangePasswordView.class, navigate("password?expired=" + username));
        assertThat(view.username.getValue()).isEqualTo(username);
        assertThat(view.reason.isVisible()).isTrue();
        view.current.setValue(Fixtures.PASSWORD);
        view.chosen.setValue("Brand#New2026");
        view.repeated.setValue("Brand#New2027");
        view.save();
        assertThat(view.repeated.isInvalid()).isTrue();
        assertThat(view.done.isVisible()).isFalse();
        view.repeated.setValue("Brand#New2026");
        view.save();
        assertThat(view.done.isVisible()).isTrue();
        assertThat(view.done.getText()).isEqualTo("密码已修改，请用新密码登录。");
    }

    @Test
    void aSignedInUserChangesOnlyItsOwnPassword() {
        login(Role.BUREAU_OFFICER, "KMKJJ");
        ChangePasswordView view = as(ChangePasswordView.class, navigate("password"));
        assertThat(view.username.isReadOnly()).isTrue();
        assertThat(view.username.getValue()).startsWith("karibu");
        assertThat(view.reason.isVisible()).isFalse();
    }
}
