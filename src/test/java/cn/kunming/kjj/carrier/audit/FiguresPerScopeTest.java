package cn.kunming.kjj.carrier.audit;

import cn.kunming.kjj.carrier.common.TenantId;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/** Figures shared per scope until a committed change could move them (decision 0033, 0042). */
class FiguresPerScopeTest {

    private static final TenantId WUHUA = new TenantId("530102");
    private static final TenantId PANLONG = new TenantId("530103");
    private static final LocalDate DAY = LocalDate.of(2027, 4, 20);

    private final FiguresPerScope<Integer> figures = new FiguresPerScope<>(EnumSet.of(AuditedEntity.ACCOUNT),
            Duration.ofMinutes(1));
    private final AtomicInteger computed = new AtomicInteger();
    private final Supplier<Integer> compute = computed::incrementAndGet;

    private static ChangeRecorded change(AuditedEntity entity, TenantId tenant) {
        return new ChangeRecorded(AuditAction.REPORT_SUBMITTED, entity, tenant);
    }

    @Test
    void readersOfOneScopeOnOneDayShareOneComputation() {
        assertThat(figures.of(WUHUA, DAY, compute)).isEqualTo(1);
        assertThat(figures.of(WUHUA, DAY, compute)).isEqualTo(1);
        assertThat(figures.of(PANLONG, DAY, compute)).as("another tenant: its own").isEqualTo(2);
        assertThat(figures.of(null, DAY, compute)).as("all tenants: its own").isEqualTo(3);
        assertThat(figures.of(WUHUA, DAY.plusDays(1), compute)).as("the next day: afresh").isEqualTo(4);
        assertThat(computed).hasValue(4);
    }

    @Test
    void aTenantsChangeMovesThatTenantAndAllTenantsButNoOtherTenant() {
        figures.of(WUHUA, DAY, compute);
        figures.of(PANLONG, DAY, compute);
        figures.of(null, DAY, compute);
        figures.changed(change(AuditedEntity.ANNUAL_REPORT, WUHUA));
        assertThat(figures.of(WUHUA, DAY, compute)).isEqualTo(4);
        assertThat(figures.of(PANLONG, DAY, compute)).isEqualTo(2);
        assertThat(figures.of(null, DAY, compute)).isEqualTo(5);
    }

    @Test
    void aChangeNoTenantOwnsMovesEveryScope() {
        figures.of(WUHUA, DAY, compute);
        figures.of(null, DAY, compute);
        figures.changed(change(AuditedEntity.RULE_SET, null));
        assertThat(figures.of(WUHUA, DAY, compute)).isEqualTo(3);
        assertThat(figures.of(null, DAY, compute)).isEqualTo(4);
    }

    @Test
    void aChangeOfARecordTheFiguresDoNotCountKeepsThem() {
        figures.of(WUHUA, DAY, compute);
        figures.changed(change(AuditedEntity.ACCOUNT, WUHUA));
        figures.changed(change(AuditedEntity.ACCOUNT, null));
        assertThat(figures.of(WUHUA, DAY, compute)).isEqualTo(1);
    }
}
