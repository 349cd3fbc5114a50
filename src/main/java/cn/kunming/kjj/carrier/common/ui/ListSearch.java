package cn.kunming.kjj.carrier.common.ui;

import cn.kunming.kjj.carrier.common.PortalException;
import cn.kunming.kjj.carrier.common.SearchTerm;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.QueryParameters;
import org.jspecify.annotations.Nullable;

/**
 * The search field over a list (issue 25, part 1), alike on every list: the same limits and hint, the text kept in the
 * list's address as {@code q}. What no search can be (spaces alone, more than {@value SearchTerm#LONGEST} characters,
 * control characters) is refused beside the field with one message, and the list keeps the search it had: a bad input
 * neither breaks nor widens it. A typed {@code %} or {@code _} is text ({@link SearchTerm}).
 */
public class ListSearch extends TextField {

    public static final String PARAMETER = "q";

    private @Nullable SearchTerm term;

    /** {@code placeholderKey} says what the list matches, e.g. name, credit code or number. */
    public ListSearch(String placeholderKey, Runnable searched) {
        setPlaceholder(getTranslation(placeholderKey));
        getElement().setAttribute("aria-label", getTranslation(placeholderKey));
        setTooltipText(getTranslation("list.searchHint", SearchTerm.LONGEST));
        setPrefixComponent(VaadinIcon.SEARCH.create());
        setClearButtonVisible(true);
        setMaxLength(SearchTerm.LONGEST);
        setMinWidth("16em");
        setValueChangeMode(ValueChangeMode.LAZY);
        // limited like every input first, so that this field's own verdict is the one shown
        InputLimits.apply(this);
        addValueChangeListener(e -> {
            if (accept(e.getValue())) {
                searched.run();
            }
        });
    }

    /** What the list searches for now: the last text accepted, null for none. */
    public @Nullable SearchTerm term() {
        return term;
    }

    /**
     * Shows the search an address names. A bad one is refused beside the empty field, with the message a typed one
     * gets, and leaves no search: the address is not the reader's typing, so the field does not repeat it.
     */
    public void read(QueryParameters address) {
        String typed = QueryParams.read(address, PARAMETER, s -> s);
        term = null;
        setValue("");
        if (typed == null) {
            return;
        }
        try {
            SearchTerm named = SearchTerm.of(typed);
            term = named;
            setValue(named == null ? "" : named.text());
        } catch (PortalException refused) {
            refuse(refused);
        }
    }

    /** The search an address names, for a list's state read without the field; null for none or a bad one. */
    public static @Nullable SearchTerm termOf(QueryParameters address) {
        try {
            return SearchTerm.of(QueryParams.read(address, PARAMETER, s -> s));
        } catch (PortalException bad) {
            return null;
        }
    }

    /** The search as the list's address keeps it. */
    public QueryParams into(QueryParams state) {
        return state.put(PARAMETER, SearchTerm.textOf(term));
    }

    private boolean accept(String typed) {
        try {
            // spaces alone are no search, but not a cleared field either: the list stays as it was
            if (!typed.isEmpty() && typed.isBlank()) {
                throw new PortalException("list.searchInvalid", SearchTerm.LONGEST);
            }
            SearchTerm accepted = SearchTerm.of(typed);
            setInvalid(false);
            boolean changed = !java.util.Objects.equals(accepted, term);
            term = accepted;
            return changed;
        } catch (PortalException refused) {
            refuse(refused);
            return false;
        }
    }

    private void refuse(PortalException refused) {
        setErrorMessage(getTranslation(refused.messageKey(), refused.args()));
        setInvalid(true);
    }
}
