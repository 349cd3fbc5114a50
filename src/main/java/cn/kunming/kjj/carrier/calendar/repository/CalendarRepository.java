package cn.kunming.kjj.carrier.calendar.repository;

import cn.kunming.kjj.carrier.calendar.CalendarYear;

import java.time.LocalDateTime;
import java.util.List;

/** The holiday calendar is national reference data: it takes no tenant scope; its service admits only ADMIN to edit. */
public interface CalendarRepository {

    List<CalendarYear> findAll();

    /** Replaces the year's entry and days. */
    void save(CalendarYear year, String by, LocalDateTime at);
}
