package cn.kunming.kjj.carrier.publicity;

import cn.kunming.kjj.carrier.audit.AuditEntry;
import cn.kunming.kjj.carrier.audit.AuditLog;
import cn.kunming.kjj.carrier.carrier.NewCarrier;
import cn.kunming.kjj.carrier.carrier.repository.CarrierRepository;
import cn.kunming.kjj.carrier.dossier.Dossier;
import cn.kunming.kjj.carrier.notification.NotificationKind;
import cn.kunming.kjj.carrier.notification.Notifier;
import cn.kunming.kjj.carrier.dossier.DossierStatus;
import cn.kunming.kjj.carrier.dossier.repository.DossierRepository;
import cn.kunming.kjj.carrier.publicity.repository.NoticeRepository;
import cn.kunming.kjj.carrier.security.TenantScope;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The end of a public notice (P4.5): each listed dossier with an upheld objection is rejected, every other one is
 * approved and registered as a carrier under the bureau's document. Safe to run twice or on two nodes at once:
 * only the run that moves the notice from OPEN to CLOSED does anything, and a carrier is unique per dossier.
 * It acts for the bureau on the whole notice, hence the bureau's scope; its callers have checked their right.
 */
@Component
class NoticeClosing {

    private static final TenantScope WHOLE_NOTICE = new TenantScope.All();

    private final NoticeRepository notices;
    private final DossierRepository dossiers;
    private final CarrierRepository carriers;
    private final AuditLog audit;
    private final Clock clock;
    private final Notifier notifier;

    NoticeClosing(NoticeRepository notices, DossierRepository dossiers, CarrierRepository carriers, AuditLog audit,
                  Clock clock, Notifier notifier) {
        this.notifier = notifier;
        this.notices = notices;
        this.dossiers = dossiers;
        this.carriers = carriers;
        this.audit = audit;
        this.clock = clock;
    }

    /** Why the notice cannot close yet, if anything keeps it open. */
    Optional<String> blocker(PublicNotice notice) {
        if (notice.status() != NoticeStatus.OPEN) {
            return Optional.of("notice.alreadyClosed");
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

    /** Closes the notice; the number of approved dossiers, or empty when another run closed it first. */
    @Transactional(propagation = Propagation.MANDATORY)
    Optional<Integer> close(PublicNotice notice) {
        LocalDateTime now = LocalDateTime.now(clock);
        if (!notices.close(notice.id(), now)) {
            return Optional.empty();
        }
        Set<Long> upheld = notices.objections(WHOLE_NOTICE, notice.id()).stream()
                .filter(o -> o.status() == ObjectionStatus.UPHELD).map(Objection::dossierId).collect(Collectors.toSet());
        int approved = 0;
        for (NoticeEntry entry : notice.entries()) {
            Dossier dossier = dossiers.findById(WHOLE_NOTICE, entry.dossierId()).orElseThrow();
            if (upheld.contains(entry.dossierId())) {
                move(dossier, DossierStatus.REJECTED, "upheld objection");
                notifier.notify(notifier.unit(dossier.unitId()), NotificationKind.DOSSIER_DECIDED,
                        "dossiers/" + dossier.id(), entry.name());
                continue;
            }
            move(dossier, DossierStatus.APPROVED, notice.documentNumber());
            if (carriers.insertIfAbsent(new NewCarrier(dossier.id(), dossier.unitId(), dossier.tenantId(), dossier.kind(),
                    entry.name(), dossier.content().industryField(), notice.filedOn(), notice.documentNumber()), now)) {
                audit.record(AuditEntry.of("CARRIER_REGISTERED", "DOSSIER", dossier.id()).tenant(dossier.tenantId())
                        .rule("P4.5").detail(entry.name() + " " + notice.documentNumber()));
            }
            notifier.notify(notifier.unit(dossier.unitId()), NotificationKind.DOSSIER_APPROVED, "carriers",
                    entry.name(), notice.documentNumber());
            approved++;
        }
        audit.record(AuditEntry.of("NOTICE_CLOSED", "PUBLIC_NOTICE", notice.id()).rule("P4.5")
                .detail(notice.documentNumber() + ": " + approved + " approved, " + upheld.size() + " rejected"));
        return Optional.of(approved);
    }

    private void move(Dossier dossier, DossierStatus to, String detail) {
        if (dossiers.moveStatus(WHOLE_NOTICE, dossier.id(), DossierStatus.IN_PUBLIC_NOTICE, to, null)) {
            audit.record(AuditEntry.of("DOSSIER_" + to.name(), "DOSSIER", dossier.id()).tenant(dossier.tenantId())
                    .rule("P4.5").detail(detail));
        }
    }
}
