package cn.kunming.kjj.carrier.operations;

import org.apache.catalina.Container;
import org.apache.catalina.core.StandardHost;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * Requests that the container refuses before the portal sees them — a search address of 20,000 characters (400), a
 * form or upload beyond the size limits (413) — get the portal's page in Chinese, then English, instead of Tomcat's
 * English "HTTP Status 400 – Bad Request" ({@link PortalErrorReportValve}). The host's own error report valve is
 * replaced: Tomcat adds its default only when no valve of the configured class is there.
 */
@Component
class ContainerErrorPage implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addContextCustomizers(context -> {
            Container parent = context.getParent();
            if (parent instanceof StandardHost host) {
                host.setErrorReportValveClass(PortalErrorReportValve.class.getName());
                host.getPipeline().addValve(new PortalErrorReportValve());
            }
        });
    }
}
