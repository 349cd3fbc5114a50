package cn.kunming.kjj.carrier.dossier.ui;

import cn.kunming.kjj.carrier.common.Messages;
import com.vaadin.flow.router.QueryParameters;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The page of the dossier list that the list view's table fetches: markup, in the reader's scope, for the signed-in
 * session only (the portal's security chain; the services are secured). Not cached anywhere: it shows a reader's
 * records. The header {@value #MARK} tells the page it received rows and not, say, the login page. It answers HTML
 * whatever the request accepts: the page asks for nothing else.
 */
@RestController
class DossierRowsEndpoint {

    static final String PATH = "/list-rows/dossiers";
    static final String MARK = "X-Portal-Rows";

    private final DossierRows rows;

    DossierRowsEndpoint(DossierRows rows) {
        this.rows = rows;
    }

    @GetMapping(PATH)
    ResponseEntity<String> page(@RequestParam org.springframework.util.MultiValueMap<String, String> parameters,
                                @RequestParam(name = "lang", required = false) @org.jspecify.annotations.Nullable
                                String lang) {
        Map<String, List<String>> given = parameters.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().stream().limit(1).toList()));
        String html = rows.html(new QueryParameters(given), "en".equals(lang) ? Messages.ENGLISH : Messages.CHINESE);
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).header(MARK, "1")
                .contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8)).body(html);
    }

    /**
     * A signed-in person who is no officer (an applicant, an expert, an administrator) finds nothing here, as at any
     * address that is not theirs: no error, nothing logged (the services refuse; this says so as a missing page).
     */
    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<String> notAnOfficer() {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).cacheControl(CacheControl.noStore())
                .contentType(new MediaType(MediaType.TEXT_PLAIN, java.nio.charset.StandardCharsets.UTF_8))
                .body(Messages.get("error.notFound", Messages.CHINESE));
    }
}
