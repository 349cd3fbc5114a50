package cn.kunming.kjj.carrier.operations;

import org.apache.catalina.Container;
import org.apache.catalina.Engine;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

import java.util.regex.Pattern;

/**
 * Names this node in every session id it gives out (Tomcat's {@code jvmRoute}: {@code JSESSIONID=<id>.<route>}), so
 * that the proxy in front sends each browser back to the node that holds its session — Vaadin keeps the UI's state
 * there (issue 26, decision 0029; {@code deploy/nginx/portal-routes.conf}). A browser whose node is gone is served by
 * another, which knows no such session and gives a new id carrying its own route: the browser then sticks to it.
 * Blank ({@code portal.node-route}, the default for a single node): session ids as before.
 */
@Component
class NodeRoute implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    /** What nginx matches at the end of the cookie; a dot or a space would end the id elsewhere. */
    private static final Pattern ROUTE = Pattern.compile("[A-Za-z0-9_-]{1,32}");

    private final String route;

    NodeRoute(@Value("${portal.node-route:}") String route) {
        if (!route.isEmpty() && !ROUTE.matcher(route).matches()) {
            throw new IllegalArgumentException("portal.node-route (PORTAL_NODE_ROUTE) must be 1-32 letters, digits, '_' "
                    + "or '-', not '" + route + "'");
        }
        this.route = route;
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        if (route.isEmpty()) {
            return;
        }
        // the context is already a child of its host, whose parent is the engine that makes the session ids
        factory.addContextCustomizers(context -> {
            Container host = context.getParent();
            if (host != null && host.getParent() instanceof Engine engine) {
                engine.setJvmRoute(route);
            }
        });
    }
}
