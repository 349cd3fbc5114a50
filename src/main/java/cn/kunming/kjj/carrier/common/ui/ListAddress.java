package cn.kunming.kjj.carrier.common.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;

/**
 * A list's state in its own address: each change of call, filter, sort or position replaces the address in the
 * browser's history (no new entry), so that Back from a record, a reload or a bookmark returns to the same list.
 * Reading it back is each list's {@code beforeEnter}, through {@link QueryParams}, which ignores what does not parse.
 */
public final class ListAddress {

    private final String route;
    private QueryParameters current = QueryParameters.empty();

    public ListAddress(String route) {
        this.route = route;
    }

    /** Writes the state into the address bar of the view's page, replacing the entry the reader is on. */
    public void write(Component view, QueryParams state) {
        current = state.parameters();
        Location location = new Location(route, current);
        view.getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, location));
    }

    /** The list as it stands, to come back to (a record's "back to the list", or a test's new page). */
    public String href() {
        return new Location(route, current).getPathWithQueryParameters();
    }

    /** The parameters as they stand, to carry into a record's address (its "next" follows the list's order). */
    public QueryParameters parameters() {
        return current;
    }
}
