package cn.kunming.kjj.carrier.credit.repository;

import cn.kunming.kjj.carrier.common.UnitId;
import cn.kunming.kjj.carrier.common.CarrierId;
import cn.kunming.kjj.carrier.credit.CreditCheckRecords;
import cn.kunming.kjj.carrier.carrier.Carrier;
import cn.kunming.kjj.carrier.common.TenantId;
import cn.kunming.kjj.carrier.credit.CreditAlert;
import cn.kunming.kjj.carrier.credit.CreditCheck;
import cn.kunming.kjj.carrier.credit.CreditImport;
import cn.kunming.kjj.carrier.credit.ListingEntry;
import cn.kunming.kjj.carrier.security.TenantScope;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * Lists are public-authority data kept by the bureau (no tenant); checks and alerts carry the unit's tenant and
 * unit and are read in scope.
 */
public interface CreditRepository extends CreditCheckRecords {

    Optional<CreditImport> importBySha(String sha256);

    long insertImport(String fileName, String sha256, List<ListingEntry> entries, String by, LocalDateTime at);

    List<CreditImport> imports();

    /** Entries whose code or name contains the text, newest listing first. */
    List<ListingEntry> entries(String codeOrName, int limit);

    /** Entries of the code whose listing period touches the window. */
    List<ListingEntry> matches(String creditCode, LocalDate from, LocalDate to);

    long insertCheck(CreditCheck check, TenantId tenant);

    List<CreditCheck> checksOfUnit(TenantScope scope, UnitId unitId);

    Optional<CreditCheck> check(TenantScope scope, long id);

    boolean checkedOn(CarrierId carrierId, LocalDate day);

    boolean hasOpenAlert(CarrierId carrierId);

    long insertAlert(Carrier carrier, long checkId, LocalDateTime at);

    List<CreditAlert> alerts(TenantScope scope, boolean openOnly);

    Optional<CreditAlert> alert(TenantScope scope, long id);

    boolean decide(long id, int version, CreditAlert.AlertDecision decision, String reason, String by, LocalDateTime at);
}
