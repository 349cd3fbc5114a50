package cn.kunming.kjj.carrier.common;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UnifiedSocialCreditCodeTest {

    @Test
    void thePublishedExampleCodeIsValid() {
        assertThat(UnifiedSocialCreditCode.check("91350100M000100Y43")).isEmpty();
        assertThat(new UnifiedSocialCreditCode("91350100M000100Y43").value()).isEqualTo("91350100M000100Y43");
    }

    @Test
    void theCheckCharacterIsComputedWithMod31Weights() {
        assertThat(UnifiedSocialCreditCode.expectedCheckCharacter("91350100M000100Y4")).isEqualTo('3');
    }

    @Test
    void aCheckValueOf31BecomesZero() {
        // sum ≡ 0 (mod 31) gives 31 − 0 = 31, which the standard maps to '0'
        assertThat(UnifiedSocialCreditCode.expectedCheckCharacter("00000000000000000")).isEqualTo('0');
    }

    @ParameterizedTest
    @ValueSource(strings = {"91350100M000100Y4", "91350100M000100Y431"})
    void aCodeOfAnyLengthOtherThan18IsRefusedWithItsLength(String code) {
        var problem = UnifiedSocialCreditCode.check(code).orElseThrow();
        assertThat(problem.key()).isEqualTo("uscc.length");
        assertThat(problem.args()).containsExactly(code.length());
    }

    @ParameterizedTest
    @ValueSource(strings = {"I", "O", "S", "V", "Z", "a", "-"})
    void aCharacterOutsideTheAlphabetIsRefusedWithItsPosition(String bad) {
        String code = "91350100M000100Y4" + bad;
        var problem = UnifiedSocialCreditCode.check(code).orElseThrow();
        assertThat(problem.key()).isEqualTo("uscc.alphabet");
        assertThat(problem.args()).containsExactly(18, bad);
    }

    @Test
    void aLetterInTheAreaCodeIsRefused() {
        var problem = UnifiedSocialCreditCode.check("913A0100M000100Y43").orElseThrow();
        assertThat(problem.key()).isEqualTo("uscc.area");
        assertThat(problem.args()).containsExactly(4, "A");
    }

    @Test
    void aWrongCheckCharacterIsRefusedNamingTheExpectedOne() {
        var problem = UnifiedSocialCreditCode.check("91350100M000100Y44").orElseThrow();
        assertThat(problem.key()).isEqualTo("uscc.check");
        assertThat(problem.args()).containsExactly("4", "3");
    }

    @Test
    void inputIsNormalisedBeforeTheCheck() {
        assertThat(UnifiedSocialCreditCode.normalise("  91350100m000100y43 ")).isEqualTo("91350100M000100Y43");
    }

    @Test
    void anInvalidCodeCannotBecomeAValue() {
        assertThatThrownBy(() -> new UnifiedSocialCreditCode("91350100M000100Y44"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
