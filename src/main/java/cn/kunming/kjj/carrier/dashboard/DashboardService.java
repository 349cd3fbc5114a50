package cn.kunming.kjj.carrier.dashboard;

import org.jspecify.annotations.Nullable;
import cn.kunming.kjj.carrier.common.CallId;
import cn.kunming.kjj.carrier.eligibility.MeasuresValidity;
import cn.kunming.kjj.carrier.eligibility.Threshold;
import cn.kunming.kjj.carrier.annualreport.AnnualReportService;
import cn.kunming.kjj.carrier.annualreport.ReportDeadlines;
import cn.kunming.kjj.carrier.annualreport.ReportRow;
import cn.kunming.kjj.carrier.annualreport.ReportStatus;
import cn.kunming.kjj.carrier.call.Call;
import cn.kunming.kjj.carrier.call.CallService;
import cn.kunming.kjj.carrier.carrier.CarrierFilter;
import cn.kunming.kjj.carrier.carrier.CarrierManagementService;
import cn.kunming.kjj.carrier.carrier.CarrierStatus;
import cn.kunming.kjj.carrier.carrier.SubsidyState;
import cn.kunming.kjj.carrier.common.CarrierKind;
import cn.kunming.kjj.carrier.common.TenantId;
import cn.kunming.kjj.carrier.dashboard.repository.DashboardRepository.CarrierCell;
import cn.kunming.kjj.carrier.dashboard.repository.DashboardRepository.DossierCell;
import cn.kunming.kjj.carrier.dashboard.repository.DashboardRepository.SubsidyTotals;
import cn.kunming.kjj.carrier.dashboard.repository.DashboardRepository;
import cn.kunming.kjj.carrier.dossier.DossierFilter;
import cn.kunming.kjj.carrier.dossier.DossierStage;
import cn.kunming.kjj.carrier.dossier.DossierStatus;
import cn.kunming.kjj.carrier.security.Access;
import cn.kunming.kjj.carrier.security.CurrentUser;
import cn.kunming.kjj.carrier.security.TenantScope;
import cn.kunming.kjj.carrier.tenant.Tenants;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * The bureau's and the districts' dashboards. Every figure is computed by one SQL aggregate in the reader's scope and
 * carries the filters of the list it stands for. The bureau may narrow its view to one tenant; a district always
 * sees its own tenant, whatever it asks for.
 */
@Service
public class DashboardService {

    private static final Set<DossierStatus> SUBMITTED = DossierStage.SUBMITTED.statuses();

    private final DashboardRepository aggregates;
    private final Tenants tenants;
    private final CallService calls;
    private final AnnualReportService reports;
    private final ReportDeadlines reportDeadlines;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final MeasuresValidity measures;
    private final DashboardFigures shared;
    private final TransactionTemplate readOnly;
    static final int EXPIRY_WARNING_DAYS = 180;

    DashboardService(DashboardRepository aggregates, Tenants tenants, CallService calls,
                     AnnualReportService reports, ReportDeadlines reportDeadlines, CurrentUser currentUser,
                     Clock clock, MeasuresValidity measures, DashboardFigures shared,
                     PlatformTransactionManager transactions) {
        this.shared = shared;
        this.readOnly = new TransactionTemplate(transactions);
        readOnly.setReadOnly(true);
        this.measures = measures;
        this.aggregates = aggregates;
        this.tenants = tenants;
        this.calls = calls;
        this.reports = reports;
        this.reportDeadlines = reportDeadlines;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * The figures are shared by every reader of the same scope until a change touches them (decision 0033); read
     * inside a transaction that is still open, they may hold its own uncommitted changes, and are not shared.
     */
    @PreAuthorize(Access.OFFICERS)
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public Overview overview(@Nullable TenantId narrowTo) {
        TenantScope own = currentUser.scope();
        TenantId tenant = switch (own) {
            case TenantScope.All all -> narrowTo;
            case TenantScope.OfTenant t -> t.tenant();
            default -> throw new IllegalStateException("no dashboard for " + own);
        };
        TenantScope scope = tenant == null ? own : new TenantScope.OfTenant(tenant);
        Overview figures = TransactionSynchronizationManager.isActualTransactionActive() ? figures(scope, tenant)
                : shared.of(tenant, LocalDate.now(clock), () -> readOnly.execute(s -> figures(scope, tenant)));
        return figures.withMeasuresExpireOn(own instanceof TenantScope.All ? measuresExpiring().orElse(null) : null);
    }

    /** Every figure of the scope in one consistent read; the same for each reader of that scope. */
    private Overview figures(TenantScope scope, @Nullable TenantId tenant) {
        Map<String, String> names = tenants.names();
        DossierFilter dossiers = DossierFilter.none().withTenant(tenant);
        DossierFilter submitted = dossiers.withStage(DossierStage.SUBMITTED);
        CarrierFilter carriers = CarrierFilter.none().withTenant(tenant);

        List<DossierCell> dossierCells = aggregates.dossierCells(scope, SUBMITTED);
        List<CarrierCell> carrierCells = aggregates.carrierCells(scope);
        YearMonth month = YearMonth.now(clock);
        return new Overview(tenant, month, pipelines(scope, dossiers),
                group(dossierCells, DossierCell::tenant, DossierCell::count,
                        t -> Figure.named(names.getOrDefault(t.value(), t.value()), 0,
                                new Drill.Dossiers(submitted.withTenant(t)))),
                group(dossierCells, DossierCell::kind, DossierCell::count,
                        k -> Figure.keyed(k.messageKey(), 0, new Drill.Dossiers(submitted.withKind(k)))),
                group(dossierCells, DossierCell::field, DossierCell::count,
                        f -> f == null ? Figure.keyed("dashboard.noField", 0, null)
                                : Figure.named(f, 0, new Drill.Dossiers(submitted.withField(f)))),
                group(carrierCells, CarrierCell::tenant, CarrierCell::count,
                        t -> Figure.named(names.getOrDefault(t.value(), t.value()), 0,
                                new Drill.Carriers(carriers.withTenant(t)))),
                group(carrierCells, CarrierCell::kind, CarrierCell::count,
                        k -> Figure.keyed(k.messageKey(), 0, new Drill.Carriers(carriers.withKind(k)))),
                group(carrierCells, CarrierCell::field, CarrierCell::count,
                        f -> f == null ? Figure.keyed("dashboard.noField", 0, null)
                                : Figure.named(f, 0, new Drill.Carriers(carriers.withExactField(f)))),
                group(carrierCells, CarrierCell::status, CarrierCell::count,
                        s -> Figure.keyed(s.messageKey(), 0, new Drill.Carriers(carriers.withStatus(s)))),
                subsidy(scope, carriers),
                aggregates.dossiersByCallYear(scope, SUBMITTED).entrySet().stream()
                        .map(e -> Figure.named(String.valueOf(e.getKey()), e.getValue(),
                                new Drill.Dossiers(submitted.withYear(e.getKey())))).toList(),
                aggregates.carriersByYear(scope).entrySet().stream()
                        .map(e -> Figure.named(String.valueOf(e.getKey()), e.getValue(),
                                new Drill.Carriers(carriers.withYear(e.getKey())))).toList(),
                deadlines(scope, tenant, month), null);
    }

    /** The expiry of the measures, from {@value #EXPIRY_WARNING_DAYS} days before it while no successor version follows. */
    private java.util.Optional<LocalDate> measuresExpiring() {
        LocalDate today = LocalDate.now(clock);
        return measures.expiresOn().filter(end -> !today.isBefore(end.minusDays(EXPIRY_WARNING_DAYS)));
    }

    private List<Pipeline> pipelines(TenantScope scope, DossierFilter dossiers) {
        Map<CallId, Map<DossierStatus, Long>> byCall = aggregates.statusesByCall(scope);
        List<Pipeline> result = new ArrayList<>();
        for (Call call : calls.published()) {
            Map<DossierStatus, Long> counts = byCall.get(call.id());
            if (counts == null) {
                continue;
            }
            List<Figure> stages = new ArrayList<>();
            for (DossierStage stage : DossierStage.values()) {
                long n = stage.statuses().stream().mapToLong(s -> counts.getOrDefault(s, 0L)).sum();
                stages.add(Figure.keyed(stage.messageKey(), n,
                        new Drill.Dossiers(dossiers.withCall(call.id()).withStage(stage))));
            }
            result.add(new Pipeline(call.id(), call.title(), call.year(), stages));
        }
        result.sort(Comparator.comparingInt(Pipeline::callYear).reversed().thenComparing(Pipeline::callId,
                Comparator.reverseOrder()));
        return result;
    }

    private List<Figure> subsidy(TenantScope scope, CarrierFilter carriers) {
        SubsidyTotals totals = aggregates.subsidy(scope);
        return List.of(
                Figure.keyed(SubsidyState.OWED.messageKey(), totals.owed(),
                        new Drill.Carriers(carriers.withSubsidy(SubsidyState.OWED)))
                        .withAmount(measures.figure(Threshold.SUBSIDY_YUAN, LocalDate.now(clock))
                                .multiply(BigDecimal.valueOf(totals.owed()))),
                Figure.keyed(SubsidyState.DISBURSED.messageKey(), totals.disbursed(),
                        new Drill.Carriers(carriers.withSubsidy(SubsidyState.DISBURSED)))
                        .withAmount(totals.disbursedYuan()),
                Figure.keyed(SubsidyState.TO_RECOVER.messageKey(), totals.toRecover(),
                        new Drill.Carriers(carriers.withSubsidy(SubsidyState.TO_RECOVER)))
                        .withAmount(totals.outstandingYuan()));
    }

    private List<Deadline> deadlines(TenantScope scope, @Nullable TenantId tenant, YearMonth month) {
        LocalDate from = month.atDay(1);
        LocalDate to = month.atEndOfMonth();
        List<Deadline> result = new ArrayList<>();
        for (int year = month.getYear() - 2; year <= month.getYear(); year++) {
            LocalDate due = reportDeadlines.dueOn(year);
            if (!due.isBefore(from) && !due.isAfter(to)) {
                long open = reports.rows(year).stream()
                        .filter(r -> tenant == null || r.carrier().tenantId().equals(tenant))
                        .filter(r -> r.report() == null || r.report().status() != ReportStatus.SUBMITTED).count();
                result.add(new Deadline(due, Deadline.Kind.REPORT_DUE, String.valueOf(year), open, year));
            }
        }
        aggregates.changesDue(scope, from, to).forEach(c ->
                result.add(new Deadline(c.date(), Deadline.Kind.CHANGE_FILING_DUE, c.subject(), 1, c.id())));
        aggregates.noticesEnding(from, to).forEach(n ->
                result.add(new Deadline(n.date(), Deadline.Kind.NOTICE_ENDS, n.subject(), 1, n.id())));
        aggregates.reviewDates(true, from, to).forEach(c ->
                result.add(new Deadline(c.date(), Deadline.Kind.RECOMMEND_BY, c.subject(), 1, c.id())));
        aggregates.reviewDates(false, from, to).forEach(c ->
                result.add(new Deadline(c.date(), Deadline.Kind.REVIEW_BY, c.subject(), 1, c.id())));
        result.sort(Comparator.comparing(Deadline::date).thenComparing(Deadline::kind));
        return result;
    }

    /** Sums cells by one dimension into figures, largest first; {@code figure} names the figure of a key. */
    private static <C, K> List<Figure> group(List<C> cells, Function<C, K> key, Function<C, Long> count,
                                             Function<K, Figure> figure) {
        Map<K, Long> sums = new LinkedHashMap<>();
        for (C cell : cells) {
            sums.merge(key.apply(cell), count.apply(cell), Long::sum);
        }
        return sums.entrySet().stream()
                .sorted(Map.Entry.<K, Long>comparingByValue().reversed()
                        .thenComparing(e -> Objects.toString(e.getKey(), "")))
                .map(e -> {
                    Figure f = figure.apply(e.getKey());
                    return new Figure(f.labelKey(), f.label(), e.getValue(), null, f.drill());
                }).toList();
    }
}
