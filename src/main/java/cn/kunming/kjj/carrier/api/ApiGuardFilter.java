package cn.kunming.kjj.carrier.api;

import cn.kunming.kjj.carrier.common.BoundedRead;
import cn.kunming.kjj.carrier.common.Messages;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * In front of the JSON API, before anything parses a request: first the rate limit per client address (so that a
 * flood costs no parsing), then the body limit. A declared size above the limit is refused unread; a body without a
 * declared size is read to one byte past the limit and then refused. Both answers are problem+json.
 */
class ApiGuardFilter extends OncePerRequestFilter {

    /** Far above any real request (a full eligibility check is under 2 KB). */
    static final int MAX_BODY_BYTES = 64 * 1024;

    private final ApiRateLimiter rateLimiter;
    private final JsonMapper json;

    ApiGuardFilter(ApiRateLimiter rateLimiter, JsonMapper json) {
        this.rateLimiter = rateLimiter;
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Locale locale = EligibilityApi.language(request);
        if (!rateLimiter.tryAcquire(request.getRemoteAddr())) {
            response.setHeader("Retry-After", "60");
            refuse(response, HttpStatus.TOO_MANY_REQUESTS, Messages.get("api.rateLimited", locale));
            return;
        }
        if (request.getContentLengthLong() > MAX_BODY_BYTES) {
            refuse(response, HttpStatus.CONTENT_TOO_LARGE, Messages.get("api.tooLarge", locale, MAX_BODY_BYTES / 1024));
            return;
        }
        byte[] body = BoundedRead.atMost(request.getInputStream(), MAX_BODY_BYTES);
        if (body == null) {
            refuse(response, HttpStatus.CONTENT_TOO_LARGE, Messages.get("api.tooLarge", locale, MAX_BODY_BYTES / 1024));
            return;
        }
        chain.doFilter(new ReadBody(request, body), response);
    }

    private void refuse(HttpServletResponse response, HttpStatus status, String detail) throws IOException {
        response.setStatus(status.value());
        // answered before Spring Security's header writer: the same protective headers by hand
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
        response.setContentType("application/problem+json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        // the connection goes: what the client still sends is not read
        response.setHeader("Connection", "close");
        response.getWriter().write(json.writeValueAsString(ProblemDetail.forStatusAndDetail(status, detail)));
    }

    /** The request with its body already read (at most the limit), for the parser behind. */
    private static final class ReadBody extends HttpServletRequestWrapper {

        private final byte[] body;

        ReadBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("the body is already read");
                }

                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            String encoding = getCharacterEncoding();
            return new BufferedReader(new InputStreamReader(getInputStream(),
                    encoding == null ? StandardCharsets.UTF_8 : java.nio.charset.Charset.forName(encoding)));
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}
