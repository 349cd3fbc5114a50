package cn.kunming.kjj.carrier.audit;

import cn.kunming.kjj.carrier.security.Role;
import cn.kunming.kjj.carrier.support.As;
import cn.kunming.kjj.carrier.support.AuditTrail;
import cn.kunming.kjj.carrier.support.Fixtures;
import cn.kunming.kjj.carrier.support.MovableClock;
import cn.kunming.kjj.carrier.support.PortalSpringTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The audit log a page at a time by keyset (decision 0033): each actor's events here are a log of their own (the
 * filter), written at fixed times by the test's clock so that many share one timestamp.
 */
@PortalSpringTest
class AuditPagingTest {

    @Autowired
    AuditLog audit;
    @Autowired
    AuditTrail trail;
    @Autowired
    MovableClock clock;

    @AfterEach
    void reset() {
        As.signOut();
        clock.reset();
    }

    private List<Long> events(String actor, LocalDateTime at, int count) {
        return trail.events(actor, at, count);
    }

    private static AuditQuery of(String actor) {
        return new AuditQuery(actor, null, null, null);
    }

    private AuditPage page(String actor, AuditPosition position, int size) {
        As.role(Role.AUDITOR, null);
        return audit.page(of(actor), position, size);
    }

    private static List<Long> ids(AuditPage page) {
        return page.events().stream().map(AuditEvent::id).toList();
    }

    @Test
    void pagingDownAndBackUpThroughEventsOfOneTimestampShowsEachEventOnceInTheSamePages() {
        String actor = Fixtures.unique("same-second");
        List<Long> written = events(actor, LocalDateTime.of(2031, 3, 10, 9, 30), 7);
        List<Long> newestFirst = written.reversed();

        AuditPage first = page(actor, AuditPosition.newest(), 3);
        AuditPage second = page(actor, new AuditPosition.OlderThan(AuditCursor.of(first.events().getLast())), 3);
        AuditPage third = page(actor, new AuditPosition.OlderThan(AuditCursor.of(second.events().getLast())), 3);
        assertThat(ids(first)).containsExactlyElementsOf(newestFirst.subList(0, 3));
        assertThat(ids(second)).containsExactlyElementsOf(newestFirst.subList(3, 6));
        assertThat(ids(third)).containsExactlyElementsOf(newestFirst.subList(6, 7));
        assertThat(first.hasNewer()).isFalse();
        assertThat(first.hasOlder()).isTrue();
        assertThat(third.hasOlder()).as("the bottom").isFalse();
        assertThat(third.hasNewer()).isTrue();

        AuditPage backToSecond = page(actor, new AuditPosition.NewerThan(AuditCursor.of(third.events().getFirst())), 3);
        AuditPage backToFirst = page(actor, new AuditPosition.NewerThan(AuditCursor.of(backToSecond.events().getFirst())), 3);
        assertThat(ids(backToSecond)).isEqualTo(ids(second));
        assertThat(ids(backToFirst)).isEqualTo(ids(first));
        assertThat(backToFirst.hasNewer()).isFalse();
    }

    @Test
    void theLogIsInTheOrderOfTimeEvenWhereANumberWasGivenOutOfThatOrder() {
        String actor = Fixtures.unique("skew");
        // another node whose clock is behind writes later but stamps an earlier time
        long later = events(actor, LocalDateTime.of(2031, 3, 10, 10, 0, 1), 1).getFirst();
        long earlier = events(actor, LocalDateTime.of(2031, 3, 10, 10, 0, 0), 1).getFirst();
        assertThat(earlier).isGreaterThan(later);
        assertThat(ids(page(actor, AuditPosition.newest(), 10))).containsExactly(later, earlier);
        AuditPage below = page(actor, new AuditPosition.OlderThan(new AuditCursor(
                LocalDateTime.of(2031, 3, 10, 10, 0, 1), later)), 10);
        assertThat(ids(below)).containsExactly(earlier);
    }

    @Test
    void nearTheTopPagingUpShowsTheNewestFullPageRatherThanAShortOne() {
        String actor = Fixtures.unique("short");
        List<Long> newestFirst = events(actor, LocalDateTime.of(2031, 3, 10, 9, 0), 5).reversed();
        AuditPage fromSecondRow = page(actor, new AuditPosition.NewerThan(new AuditCursor(
                LocalDateTime.of(2031, 3, 10, 9, 0), newestFirst.get(1))), 3);
        assertThat(ids(fromSecondRow)).containsExactlyElementsOf(newestFirst.subList(0, 3));
        assertThat(ids(page(actor, new AuditPosition.Oldest(), 3)))
                .containsExactlyElementsOf(newestFirst.subList(2, 5));
    }

    @Test
    void aJumpToADateStartsWithTheLastEventOfThatDayOrOfTheNearestDayBefore() {
        String actor = Fixtures.unique("days");
        List<Long> tenth = events(actor, LocalDateTime.of(2031, 3, 10, 23, 59, 59), 2);
        List<Long> twelfth = events(actor, LocalDateTime.of(2031, 3, 12, 0, 0), 2);
        AuditPage onTheTwelfth = page(actor, new AuditPosition.OnOrBefore(LocalDate.of(2031, 3, 12)), 3);
        assertThat(ids(onTheTwelfth)).containsExactly(twelfth.get(1), twelfth.get(0), tenth.get(1));
        assertThat(onTheTwelfth.hasNewer()).isFalse();
        AuditPage onTheEleventh = page(actor, new AuditPosition.OnOrBefore(LocalDate.of(2031, 3, 11)), 3);
        assertThat(ids(onTheEleventh)).containsExactly(tenth.get(1), tenth.get(0));
        assertThat(onTheEleventh.hasNewer()).isTrue();
        assertThat(onTheEleventh.hasOlder()).isFalse();
        assertThat(onTheEleventh.outcome()).isEqualTo(AuditPage.Outcome.SHOWN);
    }

    @Test
    void aJumpToADateAfterTheLastEventShowsTheNewestEvents() {
        String actor = Fixtures.unique("after");
        List<Long> written = events(actor, LocalDateTime.of(2031, 3, 10, 8, 0), 4);
        AuditPage page = page(actor, new AuditPosition.OnOrBefore(LocalDate.of(2099, 12, 31)), 3);
        assertThat(page.outcome()).isEqualTo(AuditPage.Outcome.SHOWN);
        assertThat(ids(page)).containsExactlyElementsOf(written.reversed().subList(0, 3));
        assertThat(page.hasNewer()).isFalse();
    }

    @Test
    void aJumpToADateBeforeTheFirstEventShowsTheFirstEventsAndSaysSo() {
        String actor = Fixtures.unique("before");
        List<Long> written = events(actor, LocalDateTime.of(2031, 3, 10, 0, 0), 4);
        AuditPage page = page(actor, new AuditPosition.OnOrBefore(LocalDate.of(2031, 3, 9)), 3);
        assertThat(page.outcome()).isEqualTo(AuditPage.Outcome.BEFORE_THE_LOG);
        assertThat(ids(page)).containsExactly(written.get(2), written.get(1), written.get(0));
        assertThat(page.hasOlder()).isFalse();
        assertThat(page.hasNewer()).isTrue();
        AuditPage nothingAtAll = page(Fixtures.unique("nobody"), new AuditPosition.OnOrBefore(LocalDate.of(2031, 3, 9)), 3);
        assertThat(nothingAtAll.events()).isEmpty();
        assertThat(nothingAtAll.outcome()).as("an empty log has no first events either").isEqualTo(AuditPage.Outcome.SHOWN);
    }

    @Test
    void aJumpToAnEventNumberStartsThePageWithThatEvent() {
        String actor = Fixtures.unique("number");
        List<Long> written = events(actor, LocalDateTime.of(2031, 3, 10, 8, 0), 5);
        AuditPage page = page(actor, new AuditPosition.AtEvent(written.get(2)), 2);
        assertThat(ids(page)).containsExactly(written.get(2), written.get(1));
        assertThat(page.hasNewer()).isTrue();
        assertThat(page.hasOlder()).isTrue();
    }

    @Test
    void aJumpToAnEventOutsideTheFilterStartsWhereThatEventWouldStand() {
        String actor = Fixtures.unique("filtered");
        List<Long> mine = events(actor, LocalDateTime.of(2031, 3, 10, 8, 0), 2);
        long someoneElses = events(Fixtures.unique("other"), LocalDateTime.of(2031, 3, 10, 8, 0), 1).getFirst();
        List<Long> laterMine = events(actor, LocalDateTime.of(2031, 3, 10, 8, 0), 1);
        AuditPage page = page(actor, new AuditPosition.AtEvent(someoneElses), 5);
        assertThat(ids(page)).containsExactly(mine.get(1), mine.get(0));
        assertThat(page.hasNewer()).as(laterMine + " is above it").isTrue();
    }

    @Test
    void aJumpToAnEventNumberThatDoesNotExistFindsNothing() {
        String actor = Fixtures.unique("none");
        events(actor, LocalDateTime.of(2031, 3, 10, 8, 0), 2);
        for (long number : new long[]{0, -1, Long.MAX_VALUE, Long.MIN_VALUE}) {
            AuditPage page = page(actor, new AuditPosition.AtEvent(number), 5);
            assertThat(page.outcome()).as("event " + number).isEqualTo(AuditPage.Outcome.NO_SUCH_EVENT);
            assertThat(page.events()).isEmpty();
        }
    }

    @Test
    void aPageHoldsAtLeastOneAndAtMostFiveHundredEvents() {
        String actor = Fixtures.unique("size");
        events(actor, LocalDateTime.of(2031, 3, 10, 8, 0), 2);
        assertThat(page(actor, AuditPosition.newest(), 0).events()).hasSize(1);
        assertThat(page(actor, AuditPosition.newest(), -5).events()).hasSize(1);
        assertThat(page(actor, AuditPosition.newest(), Integer.MAX_VALUE).events()).hasSize(2);
    }
}
