package cn.kunming.kjj.carrier.call.ui;

import cn.kunming.kjj.carrier.call.Call;
import cn.kunming.kjj.carrier.common.PortalException;
import com.vaadin.flow.component.select.Select;

import java.util.List;

/** The published calls to choose from, the latest selected; lists of dossiers are always per call. */
public class CallSelect extends Select<Call> {

    public CallSelect(List<Call> published) {
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
}
