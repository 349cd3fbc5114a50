package cn.kunming.kjj.carrier.common.ui;

import com.vaadin.flow.component.Component;

import java.util.List;

/** What features put into the top bar for a signed-in person (such as the unread notifications). */
public interface NavbarItems {

    List<Component> forSignedIn();
}
