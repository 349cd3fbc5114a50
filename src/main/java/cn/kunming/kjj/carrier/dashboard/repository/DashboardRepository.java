package cn.kunming.kjj.carrier.dashboard.repository;

import cn.kunming.kjj.carrier.common.CallId;
import cn.kunming.kjj.carrier.carrier.CarrierStatus;
import cn.kunming.kjj.carrier.common.CarrierKind;
import cn.kunming.kjj.carrier.common.TenantId;
import cn.kunming.kjj.carrier.dossier.DossierStatus;
import cn.kunming.kjj.carrier.security.TenantScope;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The dashboards' aggregates: each method is one SQL statement over indexed columns, in the caller's scope. */
public interface DashboardRepository {

    record DossierCell(TenantId tenant, CarrierKind kind, String field, long count) {
    }

    record CarrierCell(TenantId tenant, CarrierKind kind, String field, CarrierStatus status, long count) {
    }

    record SubsidyTotals(long owed, long disbursed, BigDecimal disbursedYuan, long toRecover,
                         BigDecimal outstandingYuan) {
    }

    record DatedItem(long id, LocalDate date, String subject) {
    }

    /** Call id → present state → number of dossiers. */
    Map<CallId, Map<DossierStatus, Long>> statusesByCall(TenantScope scope);

    List<DossierCell> dossierCells(TenantScope scope, Set<DossierStatus> statuses);

    List<CarrierCell> carrierCells(TenantScope scope);

    /** Year of the call → dossiers in these states. */
    Map<Integer, Long> dossiersByCallYear(TenantScope scope, Set<DossierStatus> statuses);

    /** Year of approval → carriers. */
    Map<Integer, Long> carriersByYear(TenantScope scope);

    SubsidyTotals subsidy(TenantScope scope);

    /** Major changes whose filing period ends between the two dates (both included). */
    List<DatedItem> changesDue(TenantScope scope, LocalDate from, LocalDate to);

    /** Open public notices ending between the two dates; notices are the bureau's and have no tenant. */
    List<DatedItem> noticesEnding(LocalDate from, LocalDate to);

    /** Calls whose district recommendation or expert review is due between the two dates (by the column asked). */
    List<DatedItem> reviewDates(boolean recommendBy, LocalDate from, LocalDate to);
}
