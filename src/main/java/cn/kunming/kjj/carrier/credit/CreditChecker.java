package cn.kunming.kjj.carrier.credit;

import cn.kunming.kjj.carrier.common.UnitId;
import cn.kunming.kjj.carrier.common.CarrierId;
import cn.kunming.kjj.carrier.common.DossierId;
import org.jspecify.annotations.Nullable;
import cn.kunming.kjj.carrier.audit.AuditAction;
import cn.kunming.kjj.carrier.audit.AuditEntry;
import cn.kunming.kjj.carrier.audit.AuditedEntity;
import cn.kunming.kjj.carrier.audit.AuditLog;
import cn.kunming.kjj.carrier.common.TenantId;
import cn.kunming.kjj.carrier.credit.repository.CreditRepository;
import cn.kunming.kjj.carrier.security.CurrentUser;
import cn.kunming.kjj.carrier.security.PortalUser;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks a unit against the credit lists (C2.5, C3.6, M5.3(4)) by credit code — never by name — and keeps each
 * source's result as a dated record. Used by the secured services at submission, recommendation, decision and by
 * the daily job; it runs in their transaction.
 */
@Component
public class CreditChecker {

    private final CreditRepository repository;
    private final OnlineCreditService online;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Clock clock;

    CreditChecker(CreditRepository repository, OnlineCreditService online, CurrentUser currentUser, AuditLog audit,
                  Clock clock) {
        this.repository = repository;
        this.online = online;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /** The imported entries of the code that touch the window; nothing is recorded (for panels shown while typing). */
    @Transactional(propagation = Propagation.MANDATORY, readOnly = true)
    public List<ListingEntry> listed(String creditCode, CheckWindow window) {
        return repository.matches(creditCode, window.from(), window.to());
    }

    /** Checks every source now and keeps one record per source; the online service's failure is NOT_CHECKED. */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<CreditCheck> check(UnitId unitId, TenantId tenant, String creditCode, CheckOccasion occasion,
                                   CheckWindow window, @Nullable DossierId dossierId, @Nullable CarrierId carrierId) {
        String operator = currentUser.get().map(PortalUser::username).orElse(AuditLog.SYSTEM_ACTOR);
        LocalDateTime now = LocalDateTime.now(clock);
        List<CreditCheck> checks = new ArrayList<>();
        List<ListingEntry> imported = listed(creditCode, window);
        checks.add(new CreditCheck(0, unitId, creditCode, occasion, CheckSource.IMPORTED_LISTS, window,
                imported.isEmpty() ? CheckResult.CLEAR : CheckResult.LISTED, imported, null, null, null, dossierId,
                carrierId, operator, now));
        if (online.configured()) {
            CreditCheck viaService;
            try {
                List<ListingEntry> found = online.entriesOf(creditCode).stream()
                        .filter(e -> creditCode.equals(e.creditCode()) && e.overlaps(window.from(), window.to())).toList();
                viaService = new CreditCheck(0, unitId, creditCode, occasion, CheckSource.ONLINE_SERVICE, window,
                        found.isEmpty() ? CheckResult.CLEAR : CheckResult.LISTED, found, null, null, null, dossierId,
                        carrierId, operator, now);
            } catch (OnlineCreditService.Unavailable e) {
                viaService = new CreditCheck(0, unitId, creditCode, occasion, CheckSource.ONLINE_SERVICE, window,
                        CheckResult.NOT_CHECKED, List.of(), e.getMessage(), null, null, dossierId, carrierId, operator, now);
            }
            checks.add(viaService);
        }
        List<CreditCheck> kept = new ArrayList<>();
        for (CreditCheck c : checks) {
            long id = repository.insertCheck(c, tenant);
            kept.add(new CreditCheck(id, c.unitId(), c.creditCode(), c.occasion(), c.source(), c.window(), c.result(),
                    c.matched(), c.detail(), null, null, c.dossierId(), c.carrierId(), c.checkedBy(), c.checkedAt()));
            audit.record(AuditEntry.of(AuditAction.CREDIT_CHECKED, AuditedEntity.HOST_UNIT, unitId).tenant(tenant)
                    .rule(carrierId != null ? "M5.3(4)" : "C2.5/C3.6")
                    .detail(occasion + " " + c.source() + " " + c.result() + " " + window.from() + "–" + window.to()
                            + (c.matched().isEmpty() ? "" : " matched " + c.matched().size())));
        }
        return kept;
    }

    public static boolean anyListed(List<CreditCheck> checks) {
        return checks.stream().anyMatch(c -> c.result() == CheckResult.LISTED);
    }
}
