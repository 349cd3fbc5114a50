package cn.kunming.kjj.carrier.eligibility;

import cn.kunming.kjj.carrier.common.CarrierKind;
import cn.kunming.kjj.carrier.eligibility.RuleResult.Part;

import java.util.Arrays;
import java.util.List;

/** P4.2: 「昆明市」 + an industry field + 「概念验证中心」 or 「中试平台」, the suffix matching the kind. */
public final class NamingRule {

    private static final String PREFIX = "昆明市";

    private NamingRule() {
    }

    public static RuleResult check(CarrierKind kind, String rawName) {
        String name = rawName == null ? "" : rawName.strip();
        Part expected = new Part(kind.messageKey());
        if (name.isEmpty()) {
            return fail(new Part("elig.name.blank", kind.nameSuffix()));
        }
        if (!name.startsWith(PREFIX)) {
            return fail(new Part("elig.name.prefix", name, kind.nameSuffix()));
        }
        CarrierKind other = Arrays.stream(CarrierKind.values()).filter(k -> k != kind).findFirst().orElseThrow();
        if (!name.endsWith(kind.nameSuffix()) && name.endsWith(other.nameSuffix())) {
            return fail(new Part("elig.name.wrongKind", name, kind.nameSuffix(), other.nameSuffix(), expected));
        }
        if (!name.endsWith(kind.nameSuffix())) {
            return fail(new Part("elig.name.suffix", name, kind.nameSuffix()));
        }
        String field = name.substring(PREFIX.length(), name.length() - kind.nameSuffix().length()).strip();
        if (field.isEmpty()) {
            return fail(new Part("elig.name.noField", name, kind.nameSuffix()));
        }
        return new RuleResult("P4.2", Outcome.PASS, List.of(new Part("elig.name.pass", name, kind.nameSuffix(), field)),
                List.of());
    }

    private static RuleResult fail(Part part) {
        return new RuleResult("P4.2", Outcome.FAIL, List.of(part), List.of());
    }
}
