package cn.kunming.kjj.carrier.dashboard.repository;

import cn.kunming.kjj.carrier.common.AccountId;
import cn.kunming.kjj.carrier.dossier.DossierStatus;
import cn.kunming.kjj.carrier.annualreport.ReportStatus;
import cn.kunming.kjj.carrier.majorchange.ChangeStatus;
import cn.kunming.kjj.carrier.security.TenantScope;

import java.util.Set;

/** The counts of an inbox (issue 25, part 6): one count statement each, in the reader's scope. */
public interface InboxRepository {

    long dossiers(TenantScope scope, Set<DossierStatus> statuses);

    /** Applicant accounts of units in scope that wait for the district's activation. */
    long pendingUnitAccounts(TenantScope scope);

    long changes(TenantScope scope, ChangeStatus status);

    long reports(TenantScope scope, ReportStatus status);

    /** Submitted yearly reports in scope whose year the bureau has not evaluated yet (M5.1). */
    long reportsNotEvaluated(TenantScope scope);

    /** Credit alerts on carriers in scope that wait for the bureau's decision (M5.3(4)). */
    long openCreditAlerts(TenantScope scope);

    /** Assignments of the expert linked to the account that it has not submitted nor been released from. */
    long openReviews(AccountId expertAccount);
}
