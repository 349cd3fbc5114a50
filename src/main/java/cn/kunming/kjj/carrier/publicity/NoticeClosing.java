package cn.kunming.kjj.carrier.publicity;

import cn.kunming.kjj.carrier.common.DossierId;
import cn.kunming.kjj.carrier.audit.AuditAction;
import cn.kunming.kjj.carrier.audit.AuditEntry;
import cn.kunming.kjj.carrier.audit.AuditLog;
import cn.kunming.kjj.carrier.audit.AuditedEntity;
import cn.kunming.kjj.carrier.carrier.CarrierDraft;
import cn.kunming.kjj.carrier.carrier.Carriers;
import cn.kunming.kjj.carrier.credit.CheckOccasion;
import cn.kunming.kjj.carrier.credit.CheckResult;
import cn.kunming.kjj.carrier.credit.CheckWindow;
import cn.kunming.kjj.carrier.credit.CreditChecker;
import cn.kunming.kjj.carrier.dossier.Dossier;
import cn.kunming.kjj.carrier.dossier.DossierStatus;
import cn.kunming.kjj.carrier.dossier.Dossiers;
import cn.kunming.kjj.carrier.notification.Audience;
import cn.kunming.kjj.carrier.notification.NotificationKind;
import cn.kunming.kjj.carrier.notification.NotificationRequested;
import cn.kunming.kjj.carrier.publicity.repository.NoticeRepository;
import cn.kunming.kjj.carrier.security.TenantScope;
import cn.kunming.kjj.carrier.tenant.HostUnit;
import cn.kunming.kjj.carrier.tenant.HostUnits;
import cn.kunming.kjj.carrier.tenant.RegistrationStatus;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The end of a public notice (P4.5): each listed dossier with an upheld objection is rejected, every other one is
 * approved and registered as a carrier under the bureau's document — after a last look on the closing day: an entry
 * whose unit was deregistered meanwhile is withdrawn (G6.3), one whose unit is on the serious-dishonesty list is
 * not approved (C2.5/C3.6), and an entry already taken off the notice is passed over. Safe to run twice or on two nodes at once:
 * only the run that moves the notice from OPEN to CLOSED does anything, and a carrier is unique per dossier.
 * It acts for the bureau on the whole notice, hence the bureau's scope; its callers have checked their right.
 */
@Component
class NoticeClosing {

    private static final TenantScope WHOLE_NOTICE = new TenantScope.All();

    private final NoticeRepository notices;
    private final HostUnits units;
    private final CreditChecker credit;
    private final Dossiers dossiers;
    private final Carriers carriers;
    private final AuditLog audit;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    NoticeClosing(NoticeRepository notices, HostUnits units, CreditChecker credit, Dossiers dossiers,
                  Carriers carriers, AuditLog audit, Clock clock, ApplicationEventPublisher events) {
        this.units = units;
        this.credit = credit;
        this.events = events;
        this.notices = notices;
        this.dossiers = dossiers;
        this.carriers = carriers;
        this.audit = audit;
        this.clock = clock;
    }

    /** Why the notice cannot close yet, if anything keeps it open. */
    Optional<String> blocker(PublicNotice notice) {
        if (notice.status() != NoticeStatus.OPEN) {
            return Optional.of(notOpen(notice));
        }
        if (!notice.periodOverOn(LocalDateTime.now(clock).toLocalDate())) {
            return Optional.of("notice.periodNotOver");
        }
        if (notice.documentNumber() == null) {
            return Optional.of("notice.documentMissing");
        }
        if (notices.objections(WHOLE_NOTICE, notice.id()).stream().anyMatch(o -> o.status() == ObjectionStatus.OPEN)) {
            return Optional.of("notice.objectionsOpen");
        }
        return Optional.empty();
    }

    /** Why an action that needs an open notice is refused: it was closed, or withdrawn (P4.5). */
    static String notOpen(PublicNotice notice) {
        return notice.status() == NoticeStatus.WITHDRAWN ? "notice.withdrawn" : "notice.alreadyClosed";
    }

    /** Closes the notice; the number of approved dossiers, or empty when another run closed it first. */
    @Transactional(propagation = Propagation.MANDATORY)
    Optional<Integer> close(PublicNotice notice) {
        // every caller asked blocker() first, and it keeps a notice without its document open
        String document = java.util.Objects.requireNonNull(notice.documentNumber(), "a notice closes under its document");
        LocalDate filedOn = java.util.Objects.requireNonNull(notice.filedOn(), "the document is set with its filing day");
        LocalDateTime now = LocalDateTime.now(clock);
        if (!notices.close(notice.id(), now)) {
            return Optional.empty();
        }
        Set<DossierId> upheld = notices.objections(WHOLE_NOTICE, notice.id()).stream()
                .filter(o -> o.status() == ObjectionStatus.UPHELD).map(Objection::dossierId).collect(Collectors.toSet());
        int approved = 0;
        LocalDate closingDay = now.toLocalDate();
        for (NoticeEntry entry : notice.entries()) {
            Dossier dossier = dossiers.findById(WHOLE_NOTICE, entry.dossierId()).orElseThrow();
            if (entry.removed() || dossier.status() != DossierStatus.IN_PUBLIC_NOTICE) {
                continue;
            }
            HostUnit unit = units.findById(WHOLE_NOTICE, dossier.unitId()).orElseThrow();
            if (unit.registrationStatus() == RegistrationStatus.DEREGISTERED) {
                takeOff(dossier, DossierStatus.WITHDRAWN, closingDay, "G6.3",
                        "截至公示期满，依托单位已注销（G6.3），申报撤回");
                continue;
            }
            boolean listed = credit.check(unit.id(), unit.tenantId(), unit.creditCode(), CheckOccasion.NOTICE_CLOSE,
                    CheckWindow.lastYearBefore(closingDay), dossier.id(), null).stream()
                    .anyMatch(c -> c.result() == CheckResult.LISTED);
            if (listed) {
                takeOff(dossier, DossierStatus.REJECTED, closingDay, "C2.5/C3.6",
                        "公示期满日信用核查：依托单位列入严重失信名单（C2.5/C3.6），未予认定");
                continue;
            }
            if (upheld.contains(entry.dossierId())) {
                move(dossier, DossierStatus.REJECTED, "P4.5", "upheld objection");
                events.publishEvent(NotificationRequested.of(Audience.unit(dossier.unitId()), NotificationKind.DOSSIER_DECIDED,
                        "dossiers/" + dossier.id(), entry.name()));
                continue;
            }
            move(dossier, DossierStatus.APPROVED, "P4.5", document);
            if (carriers.insertIfAbsent(new CarrierDraft(dossier.id(), dossier.unitId(), dossier.tenantId(), dossier.kind(),
                    entry.name(), dossier.content().industryField(), filedOn, document), now)) {
                audit.record(AuditEntry.of(AuditAction.CARRIER_REGISTERED, AuditedEntity.DOSSIER, dossier.id()).tenant(dossier.tenantId())
                        .rule("P4.5").detail(entry.name() + " " + document));
            }
            events.publishEvent(NotificationRequested.of(Audience.unit(dossier.unitId()), NotificationKind.DOSSIER_APPROVED, "carriers",
                    entry.name(), document));
            approved++;
        }
        audit.record(AuditEntry.of(AuditAction.NOTICE_CLOSED, AuditedEntity.PUBLIC_NOTICE, notice.id()).rule("P4.5")
                .detail(document + ": " + approved + " approved, " + upheld.size() + " rejected"));
        return Optional.of(approved);
    }

    private boolean move(Dossier dossier, DossierStatus to, String rule, String detail) {
        if (!dossiers.moveStatus(WHOLE_NOTICE, dossier.id(), DossierStatus.IN_PUBLIC_NOTICE, to, null)) {
            return false;
        }
        audit.record(AuditEntry.of(AuditAction.dossierMovedTo(to), AuditedEntity.DOSSIER, dossier.id())
                .tenant(dossier.tenantId()).rule(rule).detail(detail));
        return true;
    }

    /** The entry stays on the notice, marked with the day and the reason; its unit is told. */
    private void takeOff(Dossier dossier, DossierStatus to, LocalDate on, String rule, String reason) {
        if (move(dossier, to, rule, reason)) {
            notices.removeEntry(dossier.id(), on, reason);
            events.publishEvent(NotificationRequested.of(Audience.unit(dossier.unitId()), NotificationKind.DOSSIER_DECIDED,
                    "dossiers/" + dossier.id(), dossier.content().facts().name()));
        }
    }
}
