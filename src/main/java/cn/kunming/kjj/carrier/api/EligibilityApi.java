package cn.kunming.kjj.carrier.api;

import cn.kunming.kjj.carrier.common.Messages;
import cn.kunming.kjj.carrier.eligibility.EligibilityService;
import cn.kunming.kjj.carrier.eligibility.EligibilityResult;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.Locale;

/**
 * The eligibility self-check for other government systems: no login; rate-limited per client address and limited in
 * size by {@link ApiGuardFilter} before the body is parsed.
 */
@RestController
@RequestMapping(path = "/api/v1/eligibility", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "eligibility", description = "申报条件自测 · conditions of Art. 2–3 and the naming rule P4.2")
class EligibilityApi {

    private final EligibilityService eligibility;

    EligibilityApi(EligibilityService eligibility) {
        this.eligibility = eligibility;
    }

    @PostMapping(path = "/check", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Judge declared facts by the rule-set version in force on the submission date",
            description = "Messages are in Chinese, or in English with Accept-Language: en. "
                    + "Bad input is answered with 400 and an application/problem+json body naming the field.")
    EligibilityCheckResponse check(@RequestBody EligibilityCheckRequest request, HttpServletRequest http) {
        Locale locale = language(http);
        EligibilityResult evaluation = eligibility.evaluate(new EligibilityRequestMapper(locale).toFacts(request));
        return new EligibilityCheckResponse(evaluation.eligible(), evaluation.ruleSetVersion(),
                evaluation.results().stream().map(r -> new EligibilityCheckResponse.Result(r.rule(),
                        r.outcome().name(), r.message(locale))).toList(),
                evaluation.metOptions());
    }

    /** Chinese unless the caller asks for English first. */
    static Locale language(HttpServletRequest http) {
        String header = http.getHeader("Accept-Language");
        return header != null && header.strip().toLowerCase(Locale.ROOT).startsWith("en")
                ? Messages.ENGLISH : Messages.CHINESE;
    }
}
