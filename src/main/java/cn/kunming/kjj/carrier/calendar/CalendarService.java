package cn.kunming.kjj.carrier.calendar;

import cn.kunming.kjj.carrier.audit.AuditAction;
import cn.kunming.kjj.carrier.audit.AuditEntry;
import cn.kunming.kjj.carrier.audit.AuditedEntity;
import cn.kunming.kjj.carrier.audit.AuditLog;
import cn.kunming.kjj.carrier.calendar.repository.CalendarRepository;
import cn.kunming.kjj.carrier.common.PortalException;
import cn.kunming.kjj.carrier.security.Access;
import cn.kunming.kjj.carrier.security.CurrentUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The working-day calendar for everyone (public reference data), kept by the administrator year by year (P4.5,
 * G6.1). Each November the next year's State Council arrangement is entered here with its notice number.
 */
@Service
public class CalendarService {

    private final CalendarRepository repository;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    CalendarService(CalendarRepository repository, CurrentUser currentUser, AuditLog audit, Clock clock,
                    ApplicationEventPublisher events) {
        this.events = events;
        this.repository = repository;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    @PreAuthorize(Access.ANYONE)
    @Transactional(readOnly = true)
    public WorkingCalendar calendar() {
        return new WorkingCalendar(repository.findAll());
    }

    @PreAuthorize(Access.ANYONE)
    @Transactional(readOnly = true)
    public List<CalendarYear> years() {
        return repository.findAll();
    }

    /**
     * Enters (or corrects) a year from the notice as typed. Refused, changing nothing, when the notice number is
     * missing, a day cannot be read, a day is both off and working, or a make-up working day is not a Saturday or
     * Sunday (days off may include weekends, as holidays do).
     */
    @PreAuthorize(Access.ADMIN)
    @Transactional
    public CalendarYear enterYear(int year, String noticeNumber, String daysOffText, String makeUpText) {
        if (year < 2000 || year > 2100) {
            throw new PortalException("calendar.yearInvalid");
        }
        if (noticeNumber == null || noticeNumber.isBlank()) {
            throw new PortalException("calendar.noticeMissing");
        }
        Set<LocalDate> off = parse(year, daysOffText);
        Set<LocalDate> work = parse(year, makeUpText);
        Set<LocalDate> both = new HashSet<>(off);
        both.retainAll(work);
        if (!both.isEmpty()) {
            throw new PortalException("calendar.bothOffAndWorking", CalendarText.format(both));
        }
        for (LocalDate d : work) {
            if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
                throw new PortalException("calendar.makeUpOnWeekday", CalendarText.format(Set.of(d)));
            }
        }
        CalendarYear entered = new CalendarYear(year, noticeNumber.strip(), off, work);
        repository.save(entered, currentUser.require().username(), LocalDateTime.now(clock));
        audit.record(AuditEntry.of(AuditAction.CALENDAR_YEAR_ENTERED, AuditedEntity.CALENDAR_YEAR, year).rule("P4.5")
                .detail(noticeNumber.strip() + ": off " + CalendarText.format(off) + "; work " + CalendarText.format(work)));
        events.publishEvent(new CalendarChanged(year));
        return entered;
    }

    private static Set<LocalDate> parse(int year, String text) {
        try {
            return CalendarText.parse(year, text);
        } catch (IllegalArgumentException e) {
            throw new PortalException("calendar.unreadable", String.valueOf(e.getMessage()));
        }
    }
}
