package cn.kunming.kjj.carrier.call.ui;

import cn.kunming.kjj.carrier.call.Call;
import cn.kunming.kjj.carrier.common.PortalException;
import cn.kunming.kjj.carrier.call.CurrentCall;
import cn.kunming.kjj.carrier.common.CallId;
import cn.kunming.kjj.carrier.common.ui.ListAddress;
import cn.kunming.kjj.carrier.common.ui.QueryParams;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.QueryParameters;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The published calls to choose from; lists of dossiers are always per call. The page's address names the call, so
 * that Back and a reload return to it; without one the page opens on the call under review (issue 25), not on the one
 * that happens to be at the top.
 */
public class CallSelect extends Select<Call> {

    private final List<Call> published;
    /** The calls where the work of the page waits, as the inbox counts it: named under the choice when not shown. */
    private Set<CallId> waiting = Set.of();

    public CallSelect(List<Call> published) {
        this.published = List.copyOf(published);
        addValueChangeListener(e -> nameOtherCallsWaiting());
        setLabel(getTranslation("dossier.call"));
        setItems(published);
        setItemLabelGenerator(c -> c == null ? "" : c.year() + " · " + c.title());
        setWidth("28em");
        published.stream().findFirst().ifPresent(this::setValue);
    }

    /** The call chosen; none (no call published yet, or the choice cleared) is refused, asking for one. */
    public Call chosen() {
        Call chosen = getValue();
        if (chosen == null) {
            throw new PortalException("call.chooseFirst");
        }
        return chosen;
    }

    /**
     * Chooses the call the address names when it is published (anything else is ignored), else the call under review
     * in the reader's scope; true when that is the call already shown (no change to react to).
     */
    public boolean choose(QueryParameters address, LocalDateTime now, Set<CallId> underReview) {
        Long named = QueryParams.readId(address, "call");
        Call before = getValue();
        setValue(published.stream().filter(c -> named != null && c.id().equals(CallId.of(named))).findFirst()
                .or(() -> CurrentCall.among(published, now, underReview)).orElse(null));
        return Objects.equals(before, getValue());
    }

    /**
     * As {@link #choose(QueryParameters, LocalDateTime, Set)}, for a page of work: without a call in the address it
     * opens on a call where that work waits ({@code waiting}, the statuses the page acts on), and names under the choice
     * the other calls where it also waits, so that the inbox's count and the page agree.
     */
    public boolean choose(QueryParameters address, LocalDateTime now, Set<CallId> waiting, Set<CallId> underReview) {
        this.waiting = Set.copyOf(waiting);
        boolean same = choose(address, now, waiting.isEmpty() ? underReview : waiting);
        nameOtherCallsWaiting();
        return same;
    }

    private void nameOtherCallsWaiting() {
        List<String> others = published.stream().filter(c -> waiting.contains(c.id()) && !c.equals(getValue()))
                .map(c -> c.year() + " · " + c.title()).toList();
        setHelperText(others.isEmpty() ? null : getTranslation("call.alsoWaiting", String.join("；", others)));
    }

    /** Puts the chosen call into the page's address, replacing the entry. */
    public void keepIn(Component page, ListAddress address) {
        address.write(page, new QueryParams().put("call", getValue() == null ? null : getValue().id()));
    }
}
