package cn.kunming.kjj.carrier.api;

import org.jspecify.annotations.Nullable;
import cn.kunming.kjj.carrier.common.Messages;
import cn.kunming.kjj.carrier.common.PortalException;
import cn.kunming.kjj.carrier.eligibility.FactsCheck;
import cn.kunming.kjj.carrier.eligibility.InvalidFactsException;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import tools.jackson.core.JacksonException;

import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Every failure of the public API as {@code application/problem+json}: bad input is a 400 naming the field, a wrong
 * method 405, a body that is not JSON 415; nothing reaches the caller as a 500 with a stack
 * trace, nor as a redirect to the login page. Global, because a wrong method or address fails before any controller
 * is chosen (the portal's only MVC controllers are the API's and springdoc's). Too many requests (429) and too large
 * a body (413) are answered by {@link ApiGuardFilter}.
 */
@RestControllerAdvice
class ApiProblems {

    private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);

    private static ProblemDetail badRequest(@Nullable String field, String detail, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        problem.setTitle(Messages.get("api.badRequest", locale));
        if (field != null) {
            problem.setProperty("field", field);
        }
        return problem;
    }

    @ExceptionHandler(RequestProblem.class)
    ProblemDetail requestProblem(RequestProblem e, HttpServletRequest http) {
        return badRequest(e.field(), String.valueOf(e.getMessage()), EligibilityApi.language(http));
    }

    @ExceptionHandler(InvalidFactsException.class)
    ProblemDetail invalidFacts(InvalidFactsException e, HttpServletRequest http) {
        Locale locale = EligibilityApi.language(http);
        FactsCheck.Problem first = e.problems().getFirst();
        ProblemDetail problem = badRequest(first.field(),
                first.field() + ": " + Messages.get(first.key(), locale, first.args()), locale);
        problem.setProperty("fields", e.problems().stream().map(FactsCheck.Problem::field).collect(Collectors.toList()));
        return problem;
    }

    @ExceptionHandler(PortalException.class)
    ProblemDetail refused(PortalException e, HttpServletRequest http) {
        Locale locale = EligibilityApi.language(http);
        return badRequest(null, Messages.of(e, locale), locale);
    }

    /** Malformed JSON, or a value of the wrong type: the JSON path names the field when there is one. */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException e, HttpServletRequest http) {
        Locale locale = EligibilityApi.language(http);
        String field = null;
        boolean unknown = false;
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof JacksonException json && !json.getPath().isEmpty()) {
                unknown = cause instanceof tools.jackson.databind.exc.UnrecognizedPropertyException;
                field = json.getPath().stream()
                        .map(ref -> ref.getPropertyName() != null ? ref.getPropertyName() : "[" + ref.getIndex() + "]")
                        .collect(Collectors.joining(".")).replace(".[", "[");
                break;
            }
        }
        if (field != null && field.length() > 100) {
            field = field.substring(0, 100) + "…"; // never echo unbounded input
        }
        if (field == null) {
            return badRequest(null, Messages.get("api.malformed", locale), locale);
        }
        return unknown ? badRequest(field, Messages.get("api.unknownField", locale, field), locale)
                : badRequest(field, Messages.get("api.wrongType", locale, field), locale);
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ProblemDetail mediaType(HttpServletRequest http) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                Messages.get("api.json", EligibilityApi.language(http)));
        return problem;
    }

    /**
     * The caller accepts no JSON: a 406 all the same in problem+json, written as text so that content negotiation,
     * which just failed, is not asked again.
     */
    @ExceptionHandler(org.springframework.web.HttpMediaTypeNotAcceptableException.class)
    org.springframework.http.ResponseEntity<String> notAcceptable(HttpServletRequest http) {
        return org.springframework.http.ResponseEntity.status(HttpStatus.NOT_ACCEPTABLE)
                .contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
                .body("{\"type\":\"about:blank\",\"title\":\"Not Acceptable\",\"status\":406,\"detail\":\""
                        + Messages.get("api.notAcceptable", EligibilityApi.language(http)) + "\"}");
    }

    /** Names the methods the address does take (the description a GET, the check a POST), as Allow does. */
    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    org.springframework.http.ResponseEntity<ProblemDetail> method(HttpRequestMethodNotSupportedException e,
                                                                  HttpServletRequest http) {
        java.util.Set<org.springframework.http.HttpMethod> allowed = e.getSupportedHttpMethods() == null
                ? java.util.Set.of() : e.getSupportedHttpMethods();
        String methods = allowed.stream().map(org.springframework.http.HttpMethod::name).sorted()
                .collect(Collectors.joining("、"));
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.METHOD_NOT_ALLOWED,
                Messages.get("api.method", EligibilityApi.language(http), methods));
        return org.springframework.http.ResponseEntity.status(HttpStatus.METHOD_NOT_ALLOWED).allow(
                allowed.toArray(org.springframework.http.HttpMethod[]::new)).body(problem);
    }


    /** An address nothing serves (a missing file under {@code /webjars/}, …): a 404, not an error for the operators. */
    @ExceptionHandler({NoResourceFoundException.class, NoHandlerFoundException.class})
    ProblemDetail notFound(HttpServletRequest http) {
        Locale locale = EligibilityApi.language(http);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, Messages.get("error.notFound", locale));
        problem.setTitle(Messages.get("error.notFound.title", locale));
        return problem;
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e, HttpServletRequest http) {
        if (e instanceof ErrorResponse known && known.getStatusCode().is4xxClientError()) {
            // Spring's own refusals of a request (a missing parameter, …) keep their status and are not our error
            return ProblemDetail.forStatusAndDetail(known.getStatusCode(), Messages.get("api.badRequest", EligibilityApi.language(http)));
        }
        String reference = UUID.randomUUID().toString().substring(0, 8);
        log.error("API error reference {}", reference, e);
        return ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                Messages.get("error.internal", EligibilityApi.language(http), reference));
    }
}
