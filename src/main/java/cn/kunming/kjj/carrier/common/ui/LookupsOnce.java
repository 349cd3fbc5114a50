package cn.kunming.kjj.carrier.common.ui;

import com.vaadin.flow.component.template.internal.DeprecatedPolymerPublishedEventHandler;
import com.vaadin.flow.di.Lookup;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinContext;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.spring.security.VaadinRolePrefixHolder;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Vaadin asks its {@link Lookup} for two services while it handles requests: the role prefix holder at every
 * navigation's access check, and the Polymer template handler at every call from the browser that carries arguments.
 * Vaadin's Spring lookup keeps neither (only its own default services): each time it asks Spring for the beans and
 * then reads {@code META-INF/services/…} from every jar on the class path, which in the packaged jar is a walk through
 * the nested jars (10 % of the stress run's CPU, decision 0041). Both answers are fixed once the application runs (a
 * singleton bean; a handler no jar provides), so they are looked up once; every other service as before.
 */
@Component
class LookupsOnce implements VaadinServiceInitListener {

    static final Set<Class<?>> FIXED = Set.of(VaadinRolePrefixHolder.class, DeprecatedPolymerPublishedEventHandler.class);

    /**
     * Vaadin refuses to replace its lookup through {@link VaadinContext#setAttribute} (against a second initialisation),
     * so the one it made is wrapped where the servlet context keeps it, under its type's name. The wrapper answers
     * everything through Vaadin's own lookup; a test checks that the running portal has it.
     */
    @Override
    public void serviceInit(ServiceInitEvent event) {
        VaadinContext context = event.getSource().getContext();
        Lookup lookup = context.getAttribute(Lookup.class);
        if (context instanceof VaadinServletContext servlet && lookup != null && !(lookup instanceof Remembering)) {
            servlet.getContext().setAttribute(Lookup.class.getName(), new Remembering(lookup, FIXED));
        }
    }

    /** The answers for the given services kept after the first lookup, absence included. */
    static final class Remembering implements Lookup {

        private final Lookup lookup;
        private final Set<Class<?>> fixed;
        private final Map<Class<?>, Optional<?>> answers = new ConcurrentHashMap<>();

        Remembering(Lookup lookup, Set<Class<?>> fixed) {
            this.lookup = lookup;
            this.fixed = fixed;
        }

        @Override
        public <T> @Nullable T lookup(Class<T> service) {
            if (!fixed.contains(service)) {
                return lookup.lookup(service);
            }
            return service.cast(answers.computeIfAbsent(service, s -> Optional.ofNullable(lookup.lookup(s))).orElse(null));
        }

        @Override
        public <T> Collection<T> lookupAll(Class<T> service) {
            return lookup.lookupAll(service);
        }
    }
}
