package cn.kunming.kjj.carrier.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.web.session.SessionInformationExpiredEvent;
import org.springframework.security.web.session.SessionInformationExpiredStrategy;

import java.io.IOException;
import java.util.function.Predicate;

/**
 * What the next request of a session that a sign-in elsewhere ended gets (the limit of sessions per account, decision
 * 0029), so that the person is told why on the login page whichever request comes first. Spring has signed the session
 * out by then. A page load is sent to {@code /login?expired}. Vaadin's own requests cannot follow a redirect: the
 * browser's script showed the login page's HTML as "Invalid JSON response from server" for a UIDL request, and a
 * heartbeat ended the session unseen, its next page load landing on a login page that said nothing. A UIDL request is
 * answered with Vaadin's refresh token, which its script follows to {@code /login?expired}; a heartbeat with 403,
 * which its script takes for an expired session and reloads the page; that lands on the login page in a new session
 * that remembers why ({@link #REMEMBERED}), and the login page says so once.
 */
public final class SessionEndedByLimit implements SessionInformationExpiredStrategy {

    /** The session attribute that tells the login page, once, that the previous session was ended by the limit. */
    public static final String REMEMBERED = SessionEndedByLimit.class.getName() + ".remembered";
    static final String LOGIN = "/login?expired";
    private static final String HEARTBEAT = "heartbeat";

    private final Predicate<HttpServletRequest> vaadinRequest;

    SessionEndedByLimit(Predicate<HttpServletRequest> vaadinRequest) {
        this.vaadinRequest = vaadinRequest;
    }

    @Override
    public void onExpiredSessionDetected(SessionInformationExpiredEvent event) throws IOException {
        HttpServletRequest request = event.getRequest();
        HttpServletResponse response = event.getResponse();
        String login = request.getContextPath() + LOGIN;
        if (!vaadinRequest.test(request)) {
            response.sendRedirect(login);
            return;
        }
        request.getSession(true).setAttribute(REMEMBERED, Boolean.TRUE);
        if (HEARTBEAT.equals(request.getParameter("v-r"))) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().write("Vaadin-Refresh: " + login);
    }
}
