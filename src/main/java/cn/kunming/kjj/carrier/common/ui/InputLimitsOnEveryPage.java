package cn.kunming.kjj.carrier.common.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/** Every page's inputs get their limits once it is built, that is after navigation (see {@link InputLimits}). */
@Component
class InputLimitsOnEveryPage implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(e -> e.getUI().addAfterNavigationListener(after -> InputLimits.apply(e.getUI())));
    }
}
