package cn.kunming.kjj.carrier.search.ui;

import cn.kunming.kjj.carrier.common.ui.InputLimits;
import cn.kunming.kjj.carrier.common.ui.NavbarItems;
import cn.kunming.kjj.carrier.security.CurrentUser;
import cn.kunming.kjj.carrier.security.Role;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import org.springframework.core.annotation.Order;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The search field of the top bar, for those who have records to find; Enter opens the results. */
@org.springframework.stereotype.Component
@Order(1)
class SearchBox implements NavbarItems {

    private static final Set<Role> SEARCHING = EnumSet.of(Role.APPLICANT, Role.DISTRICT_OFFICER, Role.BUREAU_OFFICER);

    private final CurrentUser currentUser;

    SearchBox(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public List<Component> forSignedIn() {
        if (currentUser.get().filter(u -> SEARCHING.contains(u.role())).isEmpty()) {
            return List.of();
        }
        TextField box = new TextField();
        box.setId("top-search");
        box.setPlaceholder(box.getTranslation("search.placeholder"));
        box.getElement().setAttribute("aria-label", box.getTranslation("search.placeholder"));
        box.setPrefixComponent(VaadinIcon.SEARCH.create());
        box.setMaxLength(50);
        box.setClearButtonVisible(true);
        // like every typed field, its value reaches the server after a pause in typing
        box.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.LAZY);
        box.addKeyPressListener(Key.ENTER, e -> box.getUI().ifPresent(ui -> ui.navigate(SearchView.ROUTE,
                QueryParameters.simple(Map.of("q", box.getValue())))));
        // the top bar is rebuilt after the page's own inputs were limited: this one is limited here
        InputLimits.apply(box);
        return List.of(box);
    }
}
