package cn.kunming.kjj.carrier.security;

import cn.kunming.kjj.carrier.common.PortalException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PasswordPolicyTest {

    @Test
    void sevenCharactersAreTooFewAndEightAreEnough() {
        assertThatThrownBy(() -> PasswordPolicy.check("Abcde1!")).isInstanceOf(PortalException.class)
                .hasMessage("password.tooShort");
        assertThatCode(() -> PasswordPolicy.check("Abcdef1!")).doesNotThrowAnyException();
    }

    @Test
    void twoKindsOfCharacterAreTooFewAndThreeAreEnough() {
        assertThatThrownBy(() -> PasswordPolicy.check("abcdef12")).hasMessage("password.kinds");
        assertThatThrownBy(() -> PasswordPolicy.check("ABCDEFGH!")).hasMessage("password.kinds");
        assertThatCode(() -> PasswordPolicy.check("abcdef1!")).doesNotThrowAnyException();
        assertThatCode(() -> PasswordPolicy.check("Abcdefg1")).doesNotThrowAnyException();
        assertThatCode(() -> PasswordPolicy.check("密码Abc123")).doesNotThrowAnyException();
    }

    @Test
    void aPasswordContainingTheUsernameInAnyCaseIsRefused() {
        assertThatThrownBy(() -> PasswordPolicy.check("Zhangsan#2026", "zhangsan")).hasMessage("password.containsUsername");
        assertThatCode(() -> PasswordPolicy.check("Lisi#2026ab", "zhangsan")).doesNotThrowAnyException();
    }
}
