package cn.kunming.kjj.carrier.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

import java.io.IOException;

/** A provider login the portal cannot place goes to the no-access page (with its reason), other failures to login. */
class NoAccessFailureHandler implements AuthenticationFailureHandler {

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException exception) throws IOException {
        if (exception instanceof OAuth2AuthenticationException oauth
                && PortalOidcUserService.NO_ACCESS.equals(oauth.getError().getErrorCode())) {
            String reason = oauth.getError().getDescription();
            response.sendRedirect(request.getContextPath() + "/no-access?reason="
                    + (reason == null ? "" : reason.replaceAll("[^A-Z_]", "")));
            return;
        }
        response.sendRedirect(request.getContextPath() + "/login?error");
    }
}
