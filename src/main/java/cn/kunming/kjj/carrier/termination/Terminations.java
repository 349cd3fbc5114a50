package cn.kunming.kjj.carrier.termination;

import cn.kunming.kjj.carrier.audit.AuditAction;
import cn.kunming.kjj.carrier.audit.AuditEntry;
import cn.kunming.kjj.carrier.audit.AuditedEntity;
import cn.kunming.kjj.carrier.audit.AuditLog;
import cn.kunming.kjj.carrier.carrier.Carrier;
import cn.kunming.kjj.carrier.carrier.CarrierFilter;
import cn.kunming.kjj.carrier.carrier.CarrierStatus;
import cn.kunming.kjj.carrier.carrier.Carriers;
import cn.kunming.kjj.carrier.carrier.CarrierStatusChanges;
import cn.kunming.kjj.carrier.dossier.Dossier;
import cn.kunming.kjj.carrier.dossier.DossierStatus;
import cn.kunming.kjj.carrier.dossier.DossierWithdrawn;
import cn.kunming.kjj.carrier.dossier.Dossiers;
import cn.kunming.kjj.carrier.notification.NotificationKind;
import cn.kunming.kjj.carrier.notification.Audience;
import cn.kunming.kjj.carrier.notification.NotificationRequested;
import org.springframework.context.ApplicationEventPublisher;
import cn.kunming.kjj.carrier.security.CurrentUser;
import cn.kunming.kjj.carrier.security.PortalUser;
import cn.kunming.kjj.carrier.security.TenantScope;
import cn.kunming.kjj.carrier.tenant.RegistrationStatus;
import cn.kunming.kjj.carrier.termination.repository.RegistrationRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.LongConsumer;

/**
 * Automatic termination (G6.3). Every carrier of a deregistered (注销) unit is TERMINATED from the deregistration
 * date and every pending dossier of it withdrawn, each in its own transaction, each announced by one alert to the
 * bureau and the district. A revoked licence (吊销) only raises an alert. A run that stops halfway is finished by
 * the next one, and nothing is done twice: every step is a conditional change.
 */
@Component
class Terminations {

    /** Every status before a decision is final: a proposed dossier and one in public notice are withdrawn too. */
    private static final Set<DossierStatus> PENDING = EnumSet.of(DossierStatus.DRAFT, DossierStatus.SUBMITTED,
            DossierStatus.RETURNED, DossierStatus.RECOMMENDED, DossierStatus.UNDER_EXPERT_REVIEW, DossierStatus.REVIEWED,
            DossierStatus.PROPOSED, DossierStatus.IN_PUBLIC_NOTICE);

    private final RegistrationRepository registrations;
    private final Carriers carriers;
    private final CarrierStatusChanges records;
    private final Dossiers dossiers;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    Terminations(RegistrationRepository registrations, Carriers carriers, CarrierStatusChanges records,
                 Dossiers dossiers, CurrentUser currentUser, AuditLog audit, TransactionTemplate tx, Clock clock,
                 ApplicationEventPublisher events) {
        this.events = events;
        this.registrations = registrations;
        this.carriers = carriers;
        this.records = records;
        this.dossiers = dossiers;
        this.currentUser = currentUser;
        this.audit = audit;
        this.tx = tx;
        this.clock = clock;
    }

    /** Runs over every unit; {@code afterEachStep} is told each carrier or dossier handled (for tests of a crash). */
    int runAll(LongConsumer afterEachStep) {
        int steps = 0;
        for (RegistrationRepository.UnitStatus unit : registrations.unitsIn(RegistrationStatus.DEREGISTERED)) {
            TenantScope ofUnit = new TenantScope.OfUnit(unit.tenant(), unit.unitId());
            for (Carrier carrier : carriers.find(ofUnit, CarrierFilter.none())) {
                if (carrier.status().active() && Boolean.TRUE.equals(tx.execute(s -> terminate(carrier, unit.on())))) {
                    steps++;
                    afterEachStep.accept(carrier.id().value());
                }
            }
            for (Dossier dossier : dossiers.find(ofUnit, null)) {
                if (PENDING.contains(dossier.status())
                        && Boolean.TRUE.equals(tx.execute(s -> withdraw(ofUnit, dossier, unit.on())))) {
                    steps++;
                    afterEachStep.accept(dossier.id().value());
                }
            }
        }
        for (RegistrationRepository.UnitStatus unit : registrations.unitsIn(RegistrationStatus.REVOKED)) {
            TenantScope ofUnit = new TenantScope.OfUnit(unit.tenant(), unit.unitId());
            for (Carrier carrier : carriers.find(ofUnit, CarrierFilter.none())) {
                if (carrier.status().active()) {
                    tx.executeWithoutResult(s -> {
                        if (registrations.raise(unit.unitId(), unit.tenant(), RegistrationAlert.Kind.LICENCE_REVOKED,
                                carrier.id(), null, "REVOKED:" + carrier.id() + ":" + unit.on(), now())) {
                            audit.record(AuditEntry.of(AuditAction.LICENCE_REVOKED_ALERT, AuditedEntity.CARRIER, carrier.id())
                                    .tenant(carrier.tenantId()).rule("G6.3").detail("吊销 " + unit.on()));
                        }
                    });
                }
            }
        }
        return steps;
    }

    /**
     * Terminates the carrier from the day its unit was deregistered, or from its approval when the deregistration came
     * first (a carrier is never terminated before it existed).
     */
    private boolean terminate(Carrier carrier, LocalDate deregisteredOn) {
        LocalDate on = deregisteredOn.isBefore(carrier.approvedOn()) ? carrier.approvedOn() : deregisteredOn;
        if (!records.changeStatus(carrier, CarrierStatus.TERMINATED, on, null, "G6.3 注销 " + deregisteredOn, actor(),
                now())) {
            return false;
        }
        registrations.raise(carrier.unitId(), carrier.tenantId(), RegistrationAlert.Kind.TERMINATED, carrier.id(), null,
                "TERMINATED:" + carrier.id(), now());
        events.publishEvent(NotificationRequested.of(Audience.together(Audience.unit(carrier.unitId()),
                Audience.district(carrier.tenantId()), Audience.bureau()), NotificationKind.CARRIER_TERMINATED, "carriers/" + carrier.id(), carrier.name(), on));
        audit.record(AuditEntry.of(AuditAction.CARRIER_TERMINATED, AuditedEntity.CARRIER, carrier.id()).tenant(carrier.tenantId()).rule("G6.3")
                .detail(carrier.name() + ", unit deregistered on " + deregisteredOn + ", terminated from " + on));
        return true;
    }

    private boolean withdraw(TenantScope ofUnit, Dossier dossier, LocalDate deregisteredOn) {
        if (!dossiers.moveStatus(ofUnit, dossier.id(), dossier.status(), DossierStatus.WITHDRAWN, null)) {
            return false;
        }
        events.publishEvent(new DossierWithdrawn(dossier.id(), dossier.status(), LocalDate.now(clock),
                "依托单位已于 " + deregisteredOn + " 注销（G6.3），申报撤回"));
        registrations.raise(dossier.unitId(), dossier.tenantId(), RegistrationAlert.Kind.DOSSIER_WITHDRAWN, null,
                dossier.id(), "WITHDRAWN:" + dossier.id(), now());
        audit.record(AuditEntry.of(AuditAction.DOSSIER_WITHDRAWN, AuditedEntity.DOSSIER, dossier.id()).tenant(dossier.tenantId()).rule("G6.3")
                .detail("unit deregistered; was " + dossier.status()));
        return true;
    }

    private String actor() {
        return currentUser.get().map(PortalUser::username).orElse(AuditLog.SYSTEM_ACTOR);
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }
}
