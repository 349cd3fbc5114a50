package cn.kunming.kjj.carrier.e2e;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The trusted-proxy settings as deployed: the nodes honour X-Forwarded-* only from the proxy's address
 * ({@code PORTAL_TRUSTED_PROXIES}; nginx connects to them from 127.0.0.2), and nginx sets those headers itself instead
 * of passing on what a client sent. Seen in the session cookie: a request that the trusted proxy says came over TLS
 * gets a {@code Secure} cookie; the same claim from anyone else changes nothing.
 */
@Tag("cluster")
@Order(4)
class ClusterProxyHeadersTest {

    private static final String PROXY_ADDRESS = System.getenv().getOrDefault("CLUSTER_PROXY_ADDRESS", "127.0.0.2");
    private static final List<String> FORGED = List.of("X-Forwarded-Proto: https", "X-Forwarded-For: 203.0.113.7",
            "X-Forwarded-Host: portal.attacker.example");

    private final ClusterNodes cluster = new ClusterNodes();

    @Test
    void theNodesTrustForwardedHeadersFromTheProxyOnlyAndTheProxySetsThemItself() throws Exception {
        URI node = URI.create(cluster.b.url());
        URI proxy = URI.create(cluster.proxy);

        String fromProxyAddress = sessionCookie(PROXY_ADDRESS, node, List.of("X-Forwarded-Proto: https",
                "X-Forwarded-For: 198.51.100.20"));
        assertThat(fromProxyAddress).as("the trusted proxy says TLS: the session cookie is Secure").contains("; Secure");

        String fromAnyoneElse = sessionCookie("127.0.0.1", node, FORGED);
        assertThat(fromAnyoneElse).as("a client at a node's port claims TLS: ignored").isNotEmpty()
                .doesNotContain("Secure");

        String throughNginx = sessionCookie("127.0.0.1", proxy, FORGED);
        assertThat(throughNginx).as("a client claims TLS through nginx, which says http: not Secure").isNotEmpty()
                .doesNotContain("Secure");
    }

    /** GET /login from the given local address with the extra headers; the JSESSIONID Set-Cookie header's value. */
    private static String sessionCookie(String fromAddress, URI to, List<String> headers) throws IOException {
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(fromAddress, 0));
            socket.connect(new InetSocketAddress(to.getHost(), to.getPort()), 5000);
            socket.setSoTimeout(30_000);
            StringBuilder request = new StringBuilder("GET /login HTTP/1.1\r\nHost: " + to.getAuthority() + "\r\n");
            headers.forEach(h -> request.append(h).append("\r\n"));
            request.append("Connection: close\r\n\r\n");
            OutputStream out = socket.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            String response = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            String head = response.substring(0, Math.max(0, response.indexOf("\r\n\r\n")));
            assertThat(head).as("GET /login at %s from %s", to, fromAddress).startsWith("HTTP/1.1 200");
            return head.lines().filter(l -> l.regionMatches(true, 0, "Set-Cookie: JSESSIONID=", 0, 23))
                    .findFirst().orElse("");
        }
    }
}
