package cn.kunming.kjj.carrier.carrier.ui;

import cn.kunming.kjj.carrier.common.CarrierId;
import com.vaadin.flow.component.Component;

/**
 * A part of a carrier's file that another feature keeps, such as the yearly evaluations: the file shows it after the
 * status history without depending on that feature.
 */
public interface CarrierFileSection {

    /** The section for the reader; {@code changed} redraws the whole file after the section's action succeeded. */
    Component sectionFor(CarrierId carrierId, Runnable changed);
}
