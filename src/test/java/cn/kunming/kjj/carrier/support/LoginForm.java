package cn.kunming.kjj.carrier.support;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The login form as a browser posts it: the CSRF token read from the login page's meta tags (where the login form
 * finds it), sent with the credentials. For HTTP tests and the benchmark client.
 */
public final class LoginForm {

    private static final Pattern META = Pattern.compile("<meta name=\"(_csrf(?:_parameter)?)\" content=\"([^\"]+)\"");

    private LoginForm() {
    }

    /** The token's parameter name and value on a login page; null when the page carries none. */
    public record Token(String parameter, String value) {
    }

    public static Token tokenIn(String loginPage) {
        String parameter = null;
        String value = null;
        Matcher m = META.matcher(loginPage);
        while (m.find()) {
            if (m.group(1).equals("_csrf_parameter")) {
                parameter = m.group(2);
            } else {
                value = m.group(2);
            }
        }
        return parameter == null || value == null ? null : new Token(parameter, value);
    }

    /** The form body; without a token (null) as a forged cross-site post would send it. */
    public static String body(String username, String password, Token token) {
        return "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8)
                + (token == null ? "" : "&" + token.parameter() + "=" + URLEncoder.encode(token.value(), StandardCharsets.UTF_8));
    }

    public static URI at(String base) {
        return URI.create((base.endsWith("/") ? base : base + "/") + "login");
    }
}
