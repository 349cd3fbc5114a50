package cn.kunming.kjj.carrier.credit;

import cn.kunming.kjj.carrier.audit.AuditAction;
import cn.kunming.kjj.carrier.audit.AuditEntry;
import cn.kunming.kjj.carrier.audit.AuditedEntity;
import cn.kunming.kjj.carrier.audit.AuditLog;
import cn.kunming.kjj.carrier.carrier.Carrier;
import cn.kunming.kjj.carrier.carrier.CarrierFilter;
import cn.kunming.kjj.carrier.carrier.Carriers;
import cn.kunming.kjj.carrier.credit.repository.CreditRepository;
import cn.kunming.kjj.carrier.security.TenantScope;
import cn.kunming.kjj.carrier.tenant.HostUnit;
import cn.kunming.kjj.carrier.tenant.HostUnits;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Every day, checks each carrier on the list against the credit lists; a listed carrier raises one alert to the
 * bureau (M5.3(4)) and nothing more. Runs on one node at a time (ShedLock), and a second run on the same day finds
 * every carrier already checked. It works for the bureau across all tenants.
 */
@Component
class CreditDailyJob {

    private static final Logger log = LoggerFactory.getLogger(CreditDailyJob.class);
    private static final TenantScope ALL_CARRIERS = new TenantScope.All();

    private final Carriers carriers;
    private final HostUnits units;
    private final CreditRepository credit;
    private final CreditChecker checker;
    private final AuditLog audit;
    private final TransactionTemplate tx;
    private final Clock clock;

    CreditDailyJob(Carriers carriers, HostUnits units, CreditRepository credit,
                   CreditChecker checker, AuditLog audit, TransactionTemplate tx, Clock clock) {
        this.carriers = carriers;
        this.units = units;
        this.credit = credit;
        this.checker = checker;
        this.audit = audit;
        this.tx = tx;
        this.clock = clock;
    }

    @Scheduled(cron = "${portal.credit.daily-cron:0 30 2 * * *}", zone = "Asia/Shanghai")
    @SchedulerLock(name = "credit-daily", lockAtMostFor = "PT2H", lockAtLeastFor = "PT1M")
    void run() {
        checkAll();
    }

    /** Checks every active carrier not yet checked today; a second call on the same day does nothing. */
    void checkAll() {
        LocalDate today = LocalDate.now(clock);
        int checked = 0;
        int alerts = 0;
        for (Carrier carrier : carriers.find(ALL_CARRIERS, CarrierFilter.none())) {
            if (!carrier.status().active() || credit.checkedOn(carrier.id(), today)) {
                continue;
            }
            Boolean raised = tx.execute(status -> checkOne(carrier, today));
            checked++;
            alerts += Boolean.TRUE.equals(raised) ? 1 : 0;
        }
        log.info("daily credit check: {} carriers checked, {} alerts raised", checked, alerts);
    }

    private boolean checkOne(Carrier carrier, LocalDate today) {
        HostUnit unit = units.findById(ALL_CARRIERS, carrier.unitId()).orElseThrow();
        List<CreditCheck> checks = checker.check(unit.id(), unit.tenantId(), unit.creditCode(), CheckOccasion.DAILY,
                CheckWindow.on(today), null, carrier.id());
        if (!CreditChecker.anyListed(checks) || credit.hasOpenAlert(carrier.id())) {
            return false;
        }
        long checkId = checks.stream().filter(c -> c.result() == CheckResult.LISTED).findFirst().orElseThrow().id();
        long alert = credit.insertAlert(carrier, checkId, LocalDateTime.now(clock));
        audit.record(AuditEntry.of(AuditAction.CREDIT_ALERT_RAISED, AuditedEntity.CARRIER, carrier.id()).tenant(carrier.tenantId())
                .rule("M5.3(4)").detail("alert " + alert + ": " + carrier.name()));
        return true;
    }
}
