package cn.kunming.kjj.carrier.operations;

import org.junit.jupiter.api.Test;
import org.slf4j.MDC;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/** Every log line written while a request is served carries the id the response names, and no line after it. */
class RequestIdFilterTest {

    private final RequestIdFilter filter = new RequestIdFilter();

    private String idSeenInsideWith(MockHttpServletRequest request, MockHttpServletResponse response) throws Exception {
        AtomicReference<String> seen = new AtomicReference<>();
        filter.doFilter(request, response, (req, res) -> seen.set(MDC.get("requestId")));
        assertThat(MDC.get("requestId")).as("cleared after the request").isNull();
        return seen.get();
    }

    @Test
    void theLogLinesOfARequestCarryTheIdItsResponseNames() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        String inside = idSeenInsideWith(new MockHttpServletRequest("GET", "/login"), response);
        assertThat(inside).isNotBlank().isEqualTo(response.getHeader("X-Request-Id"));
    }

    @Test
    void theProxysIdIsKeptWhenItsFormIsHarmlessAndReplacedOtherwise() throws Exception {
        MockHttpServletRequest fromNginx = new MockHttpServletRequest("GET", "/");
        fromNginx.addHeader("X-Request-Id", "0f8e2c5d9b7a41e6a3c2d1e0f9a8b7c6");
        assertThat(idSeenInsideWith(fromNginx, new MockHttpServletResponse())).isEqualTo("0f8e2c5d9b7a41e6a3c2d1e0f9a8b7c6");

        MockHttpServletRequest forged = new MockHttpServletRequest("GET", "/");
        forged.addHeader("X-Request-Id", "x\n{\"level\":\"ERROR\"}");
        assertThat(idSeenInsideWith(forged, new MockHttpServletResponse())).matches("[0-9a-f-]{36}");
    }
}
