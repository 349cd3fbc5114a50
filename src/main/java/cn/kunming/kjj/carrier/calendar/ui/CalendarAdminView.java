package cn.kunming.kjj.carrier.calendar.ui;

import cn.kunming.kjj.carrier.calendar.CalendarService;
import cn.kunming.kjj.carrier.calendar.CalendarText;
import cn.kunming.kjj.carrier.calendar.CalendarYear;
import cn.kunming.kjj.carrier.common.PortalException;
import cn.kunming.kjj.carrier.common.ui.Notifications;
import cn.kunming.kjj.carrier.security.Roles;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import java.time.Clock;
import java.time.LocalDate;

/**
 * The working-day calendar (P4.5, G6.1), kept by the administrator: each November the next year's State Council
 * holiday arrangement is typed in as the notice writes it, with the notice's number.
 */
@Route("admin/calendar")
@Menu(title = "nav.calendar", order = 52, icon = "vaadin:calendar")
@RolesAllowed(Roles.ADMIN)
class CalendarAdminView extends VerticalLayout implements HasDynamicTitle {

    private final transient CalendarService calendar;
    final Grid<CalendarYear> grid = new Grid<>();
    final IntegerField year = new IntegerField();
    final TextField notice = new TextField();
    final TextArea daysOff = new TextArea();
    final TextArea makeUp = new TextArea();
    final Button save = new Button();

    CalendarAdminView(CalendarService calendar, Clock clock) {
        this.calendar = calendar;
        grid.addColumn(CalendarYear::year).setHeader(getTranslation("calendar.year")).setAutoWidth(true);
        grid.addColumn(CalendarYear::noticeNumber).setHeader(getTranslation("calendar.notice")).setAutoWidth(true);
        grid.addColumn(y -> CalendarText.format(y.daysOff())).setHeader(getTranslation("calendar.daysOff")).setFlexGrow(2);
        grid.addColumn(y -> CalendarText.format(y.makeUpWorkingDays())).setHeader(getTranslation("calendar.makeUp")).setFlexGrow(1);
        grid.setAllRowsVisible(true);
        grid.addItemClickListener(e -> show(e.getItem()));
        year.setLabel(getTranslation("calendar.year"));
        year.setValue(LocalDate.now(clock).getYear() + 1);
        notice.setLabel(getTranslation("calendar.notice"));
        daysOff.setLabel(getTranslation("calendar.daysOff"));
        daysOff.setHelperText(getTranslation("calendar.format"));
        makeUp.setLabel(getTranslation("calendar.makeUp"));
        makeUp.setHelperText(getTranslation("calendar.format"));
        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> enter());
        FormLayout form = new FormLayout(year, notice, daysOff, makeUp);
        add(new H2(getTranslation("nav.calendar")), new Paragraph(getTranslation("calendar.intro")), grid,
                new H3(getTranslation("calendar.enter")), form, save);
        refresh();
    }

    private void refresh() {
        grid.setItems(calendar.years());
    }

    private void show(CalendarYear y) {
        year.setValue(y.year());
        notice.setValue(y.noticeNumber());
        daysOff.setValue(CalendarText.format(y.daysOff()));
        makeUp.setValue(CalendarText.format(y.makeUpWorkingDays()));
    }

    void enter() {
        try {
            calendar.enterYear(year.getValue() == null ? 0 : year.getValue(), notice.getValue(), daysOff.getValue(),
                    makeUp.getValue());
            Notifications.success(this, "calendar.saved", year.getValue());
            refresh();
        } catch (PortalException e) {
            Notifications.refused(this, e);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.calendar");
    }
}
