package cn.kunming.kjj.carrier.calendar.repository;

import cn.kunming.kjj.carrier.calendar.CalendarYear;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static cn.kunming.kjj.carrier.jooq.Tables.CALENDAR_DAY;
import static cn.kunming.kjj.carrier.jooq.Tables.CALENDAR_YEAR;

@Repository
class JooqCalendarRepository implements CalendarRepository {

    private static final String OFF = "OFF";
    private static final String WORK = "WORK";
    private final DSLContext dsl;

    JooqCalendarRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public List<CalendarYear> findAll() {
        var days = dsl.selectFrom(CALENDAR_DAY).fetch();
        return dsl.selectFrom(CALENDAR_YEAR).orderBy(CALENDAR_YEAR.CAL_YEAR).fetch(y -> {
            Set<LocalDate> off = new HashSet<>();
            Set<LocalDate> work = new HashSet<>();
            days.stream().filter(d -> d.getCalYear().equals(y.getCalYear()))
                    .forEach(d -> (WORK.equals(d.getKind()) ? work : off).add(d.getCalDate()));
            return new CalendarYear(y.getCalYear(), y.getNoticeNumber(), off, work);
        });
    }

    @Override
    public void save(CalendarYear year, String by, LocalDateTime at) {
        dsl.deleteFrom(CALENDAR_DAY).where(CALENDAR_DAY.CAL_YEAR.eq(year.year())).execute();
        dsl.deleteFrom(CALENDAR_YEAR).where(CALENDAR_YEAR.CAL_YEAR.eq(year.year())).execute();
        dsl.insertInto(CALENDAR_YEAR)
                .set(CALENDAR_YEAR.CAL_YEAR, year.year())
                .set(CALENDAR_YEAR.NOTICE_NUMBER, year.noticeNumber())
                .set(CALENDAR_YEAR.ENTERED_BY, by)
                .set(CALENDAR_YEAR.ENTERED_AT, at)
                .execute();
        year.daysOff().forEach(d -> insert(year.year(), d, OFF));
        year.makeUpWorkingDays().forEach(d -> insert(year.year(), d, WORK));
    }

    private void insert(int year, LocalDate day, String kind) {
        dsl.insertInto(CALENDAR_DAY).set(CALENDAR_DAY.CAL_DATE, day).set(CALENDAR_DAY.CAL_YEAR, year)
                .set(CALENDAR_DAY.KIND, kind).execute();
    }
}
