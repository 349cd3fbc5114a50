package cn.kunming.kjj.carrier.review.ui;

import com.vaadin.flow.component.Component;

/**
 * An expert's assignments that another feature keeps (the yearly-report evaluations): shown on the expert's page of
 * reviews below the dossiers, without the review feature depending on that feature.
 */
public interface ExpertWorkSection {

    Component section();
}
