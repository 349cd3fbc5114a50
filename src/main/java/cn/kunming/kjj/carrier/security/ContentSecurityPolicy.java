package cn.kunming.kjj.carrier.security;

import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.jspecify.annotations.Nullable;

/** The one Content-Security-Policy of the portal: its pages and its JSON API carry the same. */
public final class ContentSecurityPolicy {

    private ContentSecurityPolicy() {
    }

    /**
     * What the browser may load and run. Vaadin's bootstrap page has inline scripts and Flow runs server-sent
     * JavaScript through {@code Function}, hence 'unsafe-inline' and 'unsafe-eval' for scripts; everything else
     * comes from the portal itself (charts included, from its webjar). No page may frame the portal.
     */
    public static String of(@Nullable ClientRegistrationRepository providers) {
        // signing out ends the provider's session too: Vaadin's request is redirected to the provider's
        // end-session endpoint, which the browser may only follow when the provider is a permitted connection
        String issuers = "";
        if (providers instanceof Iterable<?> registrations) {
            java.util.Set<String> origins = new java.util.TreeSet<>();
            for (Object r : registrations) {
                String issuer = ((ClientRegistration) r).getProviderDetails().getIssuerUri();
                if (issuer != null) {
                    java.net.URI uri = java.net.URI.create(issuer);
                    origins.add(uri.getScheme() + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort()));
                }
            }
            issuers = origins.stream().map(o -> " " + o).collect(java.util.stream.Collectors.joining());
        }
        return "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
                + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; "
                + "connect-src 'self'" + issuers + "; object-src 'none'; base-uri 'self'; frame-ancestors 'none'";
    }
}
