package cn.kunming.kjj.carrier.calendar.ui;

import cn.kunming.kjj.carrier.calendar.CalendarService;
import cn.kunming.kjj.carrier.calendar.CalendarYear;
import cn.kunming.kjj.carrier.common.ui.NothingHereView;
import cn.kunming.kjj.carrier.security.Role;
import cn.kunming.kjj.carrier.support.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class CalendarAdminViewTest extends KaribuTest {

    @Autowired
    CalendarService calendar;

    @Test
    void theAdministratorEntersANewYearAndItsDatesAreNoLongerEstimates() {
        int year = 2090;
        login(Role.ADMIN, null);
        CalendarAdminView view = (CalendarAdminView) navigate("admin/calendar");
        view.year.setValue(year);
        view.notice.setValue("国办发明电〔2089〕9号");
        view.daysOff.setValue("1/1; 1/2");
        view.makeUp.setValue("1/3");
        var before = calendar.years();
        view.enter();
        assertThat(calendar.years()).as("1/3/2090 is a Tuesday: refused, nothing saved").isEqualTo(before);

        view.makeUp.setValue("1/7");
        view.enter();
        assertThat(calendar.calendar().isKnown(year)).isTrue();
        assertThat(calendar.calendar().isWorkingDay(LocalDate.of(year, 1, 2))).isFalse();
        assertThat(calendar.calendar().isWorkingDay(LocalDate.of(year, 1, 7))).isTrue();
        assertThat(calendar.years()).extracting(CalendarYear::year).contains(2025, 2026, year);
    }

    @Test
    void noOneButTheAdministratorOpensTheCalendar() {
        login(Role.BUREAU_OFFICER, "KMKJJ");
        assertThat(navigate("admin/calendar")).isInstanceOf(NothingHereView.class);
    }
}
