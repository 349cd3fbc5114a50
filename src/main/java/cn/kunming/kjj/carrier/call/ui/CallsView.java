package cn.kunming.kjj.carrier.call.ui;

import cn.kunming.kjj.carrier.call.Call;
import cn.kunming.kjj.carrier.call.CallService;
import cn.kunming.kjj.carrier.call.CallState;
import cn.kunming.kjj.carrier.common.ui.Formats;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.stream.Collectors;

/** Published calls with their state and the time left, for applicants (and anyone before registering). */
@Route("calls")
@Menu(title = "nav.calls", order = 3, icon = "vaadin:megaphone")
@AnonymousAllowed
class CallsView extends VerticalLayout implements HasDynamicTitle {

    final Grid<Call> grid = new Grid<>();

    CallsView(CallService calls) {
        setSizeFull();
        LocalDateTime now = calls.now();
        grid.addColumn(Call::year).setHeader(getTranslation("call.year")).setAutoWidth(true);
        grid.addColumn(Call::title).setHeader(getTranslation("call.title")).setFlexGrow(1);
        grid.addColumn(c -> c.kinds().stream().map(k -> getTranslation(k.messageKey())).sorted()
                .collect(Collectors.joining("、"))).setHeader(getTranslation("call.kinds")).setAutoWidth(true);
        grid.addColumn(c -> Formats.dateTime(c.opensAt())).setHeader(getTranslation("call.opensAt")).setAutoWidth(true);
        grid.addColumn(c -> Formats.dateTime(c.closesAt())).setHeader(getTranslation("call.closesAt")).setAutoWidth(true);
        grid.addColumn(c -> getTranslation(c.stateAt(now).messageKey())).setHeader(getTranslation("call.state"));
        grid.addColumn(c -> timeLeft(c, now)).setHeader(getTranslation("call.timeLeft")).setAutoWidth(true);
        grid.setItems(calls.published());
        grid.setEmptyStateText(getTranslation("call.none"));
        grid.setItemDetailsRenderer(new com.vaadin.flow.data.renderer.ComponentRenderer<>(c ->
                new com.vaadin.flow.component.html.Pre(c.body() == null ? "" : c.body())));
        add(new H2(getTranslation("nav.calls")), grid);
    }

    String timeLeft(Call call, LocalDateTime now) {
        CallState state = call.stateAt(now);
        if (state != CallState.OPEN) {
            return "";
        }
        Duration left = call.timeLeftAt(now);
        return getTranslation("call.left", left.toDays(), left.toHoursPart(), left.toMinutesPart());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.calls");
    }
}
