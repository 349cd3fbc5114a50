package cn.kunming.kjj.carrier.eligibility.ui;

import cn.kunming.kjj.carrier.common.CarrierKind;
import cn.kunming.kjj.carrier.eligibility.Facts;
import com.vaadin.flow.component.html.Div;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.util.List;

/**
 * The facts of a submitted version for reading: the sections, labels, values and units of {@link FactsForm}, written
 * as one element's markup. A read-only form kept about thirty inputs (and their listeners) in the session of every
 * reader of a dossier; nothing here can change, so nothing needs to be a component (issue 27).
 */
public class FactsSummary extends Div {

    public FactsSummary(Facts f) {
        addClassName("facts-summary");
        boolean pilot = f.kind() == CarrierKind.PILOT_PLATFORM;
        Element root = new Element("div");
        Element basics = section(root, "selfCheck.basics");
        line(basics, "selfCheck.kind", getTranslation(f.kind().messageKey()));
        line(basics, "selfCheck.name", f.name() == null || f.name().isBlank() ? "—" : f.name());
        line(basics, "selfCheck.hostType", getTranslation(f.hostType().messageKey()));
        yesNo(basics, "cond.registeredInKunming", f.registeredInKunming());
        yesNo(basics, "cond.independentLegalPerson", f.independentLegalPerson());
        yesNo(basics, "selfCheck.listed", f.seriousDishonestyListed());
        yesNo(basics, "selfCheck.incident", f.majorIncidentInLastYear());
        Element capacity = section(root, "selfCheck.capacity");
        figure(capacity, FactFigure.SITE_AREA, f);
        figure(capacity, FactFigure.OPERATING_TEAM, f);
        yesNo(capacity, FactsForm.headExperiencedKey(pilot), f.headExperienced());
        for (FactFigure figure : List.of(FactFigure.ADVISORS, FactFigure.TECH_BROKERS, FactFigure.RESERVE_PROJECTS)) {
            figure(capacity, figure, f);
        }
        yesNo(capacity, FactsForm.servicesKey(pilot), f.servicesInLastTwoYears());
        Element results = section(root, pilot ? "selfCheck.pilotSection" : "selfCheck.pocSection");
        (pilot ? FactFigure.PILOT : FactFigure.POC).forEach(figure -> figure(results, figure, f));
        getElement().setProperty("innerHTML", root.html());
    }

    private Element section(Element root, String titleKey) {
        root.appendElement("h4").text(getTranslation(titleKey));
        return root.appendElement("dl");
    }

    private void line(Element list, String labelKey, String value) {
        list.appendElement("dt").text(getTranslation(labelKey));
        list.appendElement("dd").text(value);
    }

    private void yesNo(Element list, String labelKey, boolean value) {
        line(list, labelKey, getTranslation(value ? "facts.yes" : "facts.no"));
    }

    private void figure(Element list, FactFigure figure, Facts f) {
        String labelKey = figure == FactFigure.OPERATING_TEAM
                ? FactsForm.operatingTeamKey(f.kind() == CarrierKind.PILOT_PLATFORM) : figure.labelKey;
        line(list, labelKey, shown(figure.of(f)) + getTranslation(figure.unitKey));
    }

    private static String shown(@Nullable Object value) {
        if (value instanceof BigDecimal d) {
            return FactFigure.showable(d) ? d.toPlainString() : "—";
        }
        return value == null ? "—" : value.toString();
    }
}
