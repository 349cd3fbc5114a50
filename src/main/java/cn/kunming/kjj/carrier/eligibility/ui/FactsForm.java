package cn.kunming.kjj.carrier.eligibility.ui;

import cn.kunming.kjj.carrier.common.CarrierKind;
import cn.kunming.kjj.carrier.common.ui.Autosave;
import cn.kunming.kjj.carrier.common.ui.DatePickers;
import cn.kunming.kjj.carrier.eligibility.Facts;
import cn.kunming.kjj.carrier.eligibility.FactsCheck;
import cn.kunming.kjj.carrier.tenant.UnitType;
import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The facts of Art. 2–3 as a form. Blank figures count as zero so that the result can follow every keystroke;
 * figures that cannot be true are marked on their field. The same form will sit beside the dossier editor.
 */
public class FactsForm extends VerticalLayout {

    final RadioButtonGroup<CarrierKind> kind = new RadioButtonGroup<>();
    final TextField name = new TextField();
    final DatePicker submittedOn;
    final Select<UnitType> hostType = new Select<>();
    final Checkbox registeredInKunming = new Checkbox();
    final Checkbox independentLegalPerson = new Checkbox();
    final BigDecimalField siteAreaSqm = new BigDecimalField();
    final IntegerField operatingTeam = new IntegerField();
    final Checkbox headExperienced = new Checkbox();
    final IntegerField advisors = new IntegerField();
    final IntegerField techBrokers = new IntegerField();
    final IntegerField reserveProjects = new IntegerField();
    final Checkbox servicesInLastTwoYears = new Checkbox();
    final Checkbox seriousDishonestyListed = new Checkbox();
    final Checkbox majorIncidentInLastYear = new Checkbox();

    final BigDecimalField pocRevenue = new BigDecimalField();
    final BigDecimalField pocFinancing = new BigDecimalField();
    final BigDecimalField pocTransactions = new BigDecimalField();
    final IntegerField pocIncubated = new IntegerField();
    final BigDecimalField pocFund = new BigDecimalField();

    final BigDecimalField pilotRevenue = new BigDecimalField();
    final BigDecimalField pilotEquipment = new BigDecimalField();
    final IntegerField pilotProjects = new IntegerField();
    final IntegerField pilotProductized = new IntegerField();
    final IntegerField pilotIncubated = new IntegerField();
    final BigDecimalField pilotValuation = new BigDecimalField();
    final BigDecimalField pilotIncubatedRevenue = new BigDecimalField();
    final BigDecimalField pilotContracts = new BigDecimalField();

    private final FormLayout pocSection;
    private final FormLayout pilotSection;
    private final H4 pocTitle;
    private final H4 pilotTitle;
    /** API field names, so that refusals from the rules land on the right input. */
    private final Map<String, HasValidation> byField = new LinkedHashMap<>();

    public FactsForm(LocalDate today) {
        setPadding(false);
        kind.setLabel(getTranslation("selfCheck.kind"));
        kind.setItems(CarrierKind.values());
        kind.setItemLabelGenerator(k -> getTranslation(k.messageKey()));
        kind.setValue(CarrierKind.CONCEPT_CENTER);
        name.setLabel(getTranslation("selfCheck.name"));
        name.setPlaceholder(getTranslation("selfCheck.namePlaceholder"));
        Autosave.whileTyping(name);
        name.setMaxLength(Facts.MAX_NAME_LENGTH);
        name.setWidthFull();
        submittedOn = DatePickers.create(getTranslation("selfCheck.submittedOn"), getLocale());
        submittedOn.setValue(today);
        submittedOn.setHelperText(getTranslation("selfCheck.submittedOnHelp"));
        hostType.setLabel(getTranslation("selfCheck.hostType"));
        hostType.setItems(UnitType.values());
        hostType.setItemLabelGenerator(t -> t == null ? "" : getTranslation(t.messageKey()));
        hostType.setValue(UnitType.ENTERPRISE);

        label(registeredInKunming, "cond.registeredInKunming");
        label(independentLegalPerson, "cond.independentLegalPerson");
        label(servicesInLastTwoYears, "cond.pocServices");
        label(seriousDishonestyListed, "selfCheck.listed");
        label(majorIncidentInLastYear, "selfCheck.incident");
        label(headExperienced, "cond.pocHeadExperienced");

        number(siteAreaSqm, FactFigure.SITE_AREA);
        number(operatingTeam, FactFigure.OPERATING_TEAM);
        number(advisors, FactFigure.ADVISORS);
        number(techBrokers, FactFigure.TECH_BROKERS);
        number(reserveProjects, FactFigure.RESERVE_PROJECTS);

        number(pocRevenue, FactFigure.POC_REVENUE);
        number(pocFinancing, FactFigure.POC_FINANCING);
        number(pocTransactions, FactFigure.POC_TRANSACTIONS);
        number(pocIncubated, FactFigure.POC_INCUBATED);
        number(pocFund, FactFigure.POC_FUND);

        number(pilotRevenue, FactFigure.PILOT_REVENUE);
        number(pilotEquipment, FactFigure.PILOT_EQUIPMENT);
        number(pilotProjects, FactFigure.PILOT_PROJECTS);
        number(pilotProductized, FactFigure.PILOT_PRODUCTIZED);
        number(pilotIncubated, FactFigure.PILOT_INCUBATED);
        number(pilotValuation, FactFigure.PILOT_VALUATION);
        number(pilotIncubatedRevenue, FactFigure.PILOT_INCUBATED_REVENUE);
        number(pilotContracts, FactFigure.PILOT_CONTRACTS);

        FormLayout basics = new FormLayout(kind, name, submittedOn, hostType, registeredInKunming,
                independentLegalPerson, seriousDishonestyListed, majorIncidentInLastYear);
        basics.setColspan(name, 2);
        FormLayout capacity = new FormLayout(siteAreaSqm, operatingTeam, headExperienced, advisors, techBrokers,
                reserveProjects, servicesInLastTwoYears);
        pocSection = new FormLayout(pocRevenue, pocFinancing, pocTransactions, pocIncubated, pocFund);
        pilotSection = new FormLayout(pilotRevenue, pilotEquipment, pilotProjects, pilotProductized, pilotIncubated,
                pilotValuation, pilotIncubatedRevenue, pilotContracts);
        pocTitle = new H4(getTranslation("selfCheck.pocSection"));
        pilotTitle = new H4(getTranslation("selfCheck.pilotSection"));
        add(new H4(getTranslation("selfCheck.basics")), basics, new H4(getTranslation("selfCheck.capacity")), capacity,
                pocTitle, pocSection, pilotTitle, pilotSection);
        kind.addValueChangeListener(e -> showKind());
        showKind();
    }

    /** Fills the form with stored facts; the kind of a dossier is fixed once it exists. */
    public void show(Facts f) {
        kind.setValue(f.kind());
        kind.setReadOnly(true);
        name.setValue(f.name() == null ? "" : f.name());
        submittedOn.setVisible(false);
        hostType.setValue(f.hostType());
        registeredInKunming.setValue(f.registeredInKunming());
        independentLegalPerson.setValue(f.independentLegalPerson());
        shown(siteAreaSqm, f.siteAreaSqm());
        operatingTeam.setValue(f.operatingTeam());
        headExperienced.setValue(f.headExperienced());
        advisors.setValue(f.advisors());
        techBrokers.setValue(f.techBrokers());
        reserveProjects.setValue(f.reserveProjects());
        servicesInLastTwoYears.setValue(f.servicesInLastTwoYears());
        seriousDishonestyListed.setValue(f.seriousDishonestyListed());
        majorIncidentInLastYear.setValue(f.majorIncidentInLastYear());
        if (f.poc() != null) {
            shown(pocRevenue, f.poc().annualServiceRevenueWan());
            shown(pocFinancing, f.poc().financingWan());
            shown(pocTransactions, f.poc().techTransactionsWan());
            pocIncubated.setValue(f.poc().incubatedEnterprises());
            shown(pocFund, f.poc().fundWan());
        }
        if (f.pilot() != null) {
            shown(pilotRevenue, f.pilot().lastYearServiceRevenueWan());
            shown(pilotEquipment, f.pilot().equipmentValueWan());
            pilotProjects.setValue(f.pilot().pilotProjects());
            pilotProductized.setValue(f.pilot().productizedResults());
            pilotIncubated.setValue(f.pilot().incubatedEnterprises());
            shown(pilotValuation, f.pilot().incubatedValuationWan());
            shown(pilotIncubatedRevenue, f.pilot().incubatedRevenueWan());
            shown(pilotContracts, f.pilot().techContractsWan());
        }
    }

    /** A stored figure is shown unless no check would let it through ({@link FactFigure#showable}): the field stays empty. */
    private static void shown(BigDecimalField field, BigDecimal value) {
        field.setValue(FactFigure.showable(value) ? value : null);
    }

    /**
     * Counts that an editor derives from lists of people: the team and advisor fields follow the lists and are
     * read-only while a list is kept (so each person is entered once).
     */
    public void useCounts(int team, int advisorCount, int brokers, boolean fromLists) {
        if (fromLists) {
            operatingTeam.setValue(team);
            advisors.setValue(advisorCount);
            techBrokers.setValue(brokers);
        }
        operatingTeam.setReadOnly(fromLists);
        advisors.setReadOnly(fromLists);
        techBrokers.setReadOnly(fromLists);
    }

    /** The proposed name, for editors that place it first. */
    public TextField nameField() {
        return name;
    }

    private void showKind() {
        boolean pilot = kind.getValue() == CarrierKind.PILOT_PLATFORM;
        pocSection.setVisible(!pilot);
        pocTitle.setVisible(!pilot);
        pilotSection.setVisible(pilot);
        pilotTitle.setVisible(pilot);
        label(headExperienced, headExperiencedKey(pilot));
        label(servicesInLastTwoYears, servicesKey(pilot));
        operatingTeam.setLabel(getTranslation(operatingTeamKey(pilot)));
    }

    /** The labels that follow the kind: the form's and the summary's of a submitted version. */
    static String headExperiencedKey(boolean pilot) {
        return pilot ? "cond.pilotHeadExperienced" : "cond.pocHeadExperienced";
    }

    static String servicesKey(boolean pilot) {
        return pilot ? "cond.pilotServices" : "cond.pocServices";
    }

    static String operatingTeamKey(boolean pilot) {
        return pilot ? "threshold.PILOT_OPERATING_TEAM" : "threshold.POC_OPERATING_TEAM";
    }

    private void label(Checkbox box, String key) {
        box.setLabel(getTranslation(key));
    }

    private void number(Component field, FactFigure figure) {
        String labelKey = figure.labelKey;
        String unitKey = figure.unitKey;
        if (field instanceof BigDecimalField d) {
            d.setLabel(getTranslation(labelKey));
            d.setSuffixComponent(new com.vaadin.flow.component.html.Span(getTranslation(unitKey).strip()));
            Autosave.whileTyping(d);
            d.setPlaceholder("0");
        } else if (field instanceof IntegerField i) {
            i.setLabel(getTranslation(labelKey));
            i.setSuffixComponent(new com.vaadin.flow.component.html.Span(getTranslation(unitKey).strip()));
            Autosave.whileTyping(i);
            i.setPlaceholder("0");
        }
        byField.put(figure.apiField, (HasValidation) field);
    }

    /** Calls back on every change of any input. */
    public void onChange(Runnable listener) {
        for (Component c : List.<Component>of(kind, name, submittedOn, hostType, registeredInKunming,
                independentLegalPerson, headExperienced, servicesInLastTwoYears, seriousDishonestyListed,
                majorIncidentInLastYear)) {
            ((HasValue<?, ?>) c).addValueChangeListener(e -> listener.run());
        }
        byField.values().forEach(f -> ((AbstractField<?, ?>) f).addValueChangeListener(e -> listener.run()));
    }

    public Facts facts() {
        CarrierKind k = kind.getValue();
        return new Facts(k, name.getValue(), submittedOn.getValue(), hostType.getValue(),
                independentLegalPerson.getValue(), registeredInKunming.getValue(), decimal(siteAreaSqm),
                integer(operatingTeam), headExperienced.getValue(), integer(advisors), integer(techBrokers),
                integer(reserveProjects), servicesInLastTwoYears.getValue(), seriousDishonestyListed.getValue(),
                majorIncidentInLastYear.getValue(),
                k == CarrierKind.CONCEPT_CENTER ? new Facts.PocFacts(decimal(pocRevenue), decimal(pocFinancing),
                        decimal(pocTransactions), integer(pocIncubated), decimal(pocFund)) : null,
                k == CarrierKind.PILOT_PLATFORM ? new Facts.PilotFacts(decimal(pilotRevenue), decimal(pilotEquipment),
                        integer(pilotProjects), integer(pilotProductized), integer(pilotIncubated),
                        decimal(pilotValuation), decimal(pilotIncubatedRevenue), decimal(pilotContracts)) : null);
    }

    /** Marks the fields the rules refused, and clears the others. */
    public void showProblems(List<FactsCheck.Problem> problems) {
        byField.values().forEach(f -> f.setInvalid(false));
        for (FactsCheck.Problem p : problems) {
            HasValidation field = byField.get(p.field());
            if (field != null) {
                field.setErrorMessage(getTranslation(p.key(), p.args()));
                field.setInvalid(true);
            }
        }
    }

    private static BigDecimal decimal(BigDecimalField field) {
        return field.getValue() == null ? BigDecimal.ZERO : field.getValue();
    }

    private static int integer(IntegerField field) {
        return field.getValue() == null ? 0 : field.getValue();
    }
}
