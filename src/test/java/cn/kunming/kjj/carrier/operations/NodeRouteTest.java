package cn.kunming.kjj.carrier.operations;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServer;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A node started with {@code PORTAL_NODE_ROUTE} names itself at the end of every session id, which the proxy reads to
 * send the browser back to it (deploy/nginx/portal-routes.conf); without one, ids are as before. On a real Tomcat.
 */
class NodeRouteTest {

    private static String sessionCookieOf(NodeRoute route) throws Exception {
        TomcatServletWebServerFactory factory = new TomcatServletWebServerFactory(0);
        route.customize(factory);
        WebServer server = factory.getWebServer(context -> context.addServlet("session", new HttpServlet() {
            @Override
            protected void doGet(HttpServletRequest request, HttpServletResponse response) {
                request.getSession(true);
                response.setStatus(204);
            }
        }).addMapping("/"));
        server.start();
        try (HttpClient client = HttpClient.newHttpClient()) {
            HttpResponse<Void> response = client.send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + server.getPort() + "/")).build(), HttpResponse.BodyHandlers.discarding());
            return response.headers().firstValue("Set-Cookie").orElseThrow();
        } finally {
            server.stop();
        }
    }

    @Test
    void theSessionIdEndsWithTheNodesRoute() throws Exception {
        assertThat(sessionCookieOf(new NodeRoute("b"))).matches("JSESSIONID=[0-9A-F]+\\.b;.*");
    }

    @Test
    void withoutARouteTheSessionIdIsAsBefore() throws Exception {
        assertThat(sessionCookieOf(new NodeRoute(""))).matches("JSESSIONID=[0-9A-F]+;.*");
    }

    @Test
    void aRouteThatWouldEndTheIdElsewhereIsRefusedAtStart() {
        assertThatThrownBy(() -> new NodeRoute("a.b")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("PORTAL_NODE_ROUTE");
        assertThatThrownBy(() -> new NodeRoute("node a")).isInstanceOf(IllegalArgumentException.class);
    }
}
