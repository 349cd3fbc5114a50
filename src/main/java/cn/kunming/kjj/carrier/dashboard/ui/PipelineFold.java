package cn.kunming.kjj.carrier.dashboard.ui;

import cn.kunming.kjj.carrier.common.ui.EChart;
import cn.kunming.kjj.carrier.dashboard.Pipeline;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.Span;

import java.util.stream.Collectors;

/**
 * One call's pipeline folded to a line (issue 25, part 6): the call and its counts per stage; opened, the chart and
 * the table of the same figures. Eleven calls take eleven lines, not eleven screens.
 */
class PipelineFold extends Details {

    PipelineFold(Pipeline p, String title, EChart chart, NativeTable table, boolean opened) {
        Span line = new Span(title + "：" + p.stages().stream()
                .map(f -> getTranslation(f.labelKey()) + " " + f.count()).collect(Collectors.joining(" → ")));
        line.addClassName("pipeline-line");
        setSummary(line);
        add(DashboardPanel.chartBeside(chart, table));
        setOpened(opened);
        addClassName("pipeline-fold");
        setWidthFull();
    }

}
