package cn.kunming.kjj.carrier.dashboard.repository;

import cn.kunming.kjj.carrier.annualreport.ReportStatus;
import cn.kunming.kjj.carrier.common.AccountId;
import cn.kunming.kjj.carrier.credit.CreditAlert;
import cn.kunming.kjj.carrier.dossier.DossierStatus;
import cn.kunming.kjj.carrier.expertreview.AssignmentStatus;
import cn.kunming.kjj.carrier.majorchange.ChangeStatus;
import cn.kunming.kjj.carrier.security.AccountStatus;
import cn.kunming.kjj.carrier.security.JooqScopes;
import cn.kunming.kjj.carrier.security.Role;
import cn.kunming.kjj.carrier.security.TenantScope;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

import java.util.EnumSet;
import java.util.Set;

import static cn.kunming.kjj.carrier.jooq.Tables.ACCOUNT;
import static cn.kunming.kjj.carrier.jooq.Tables.ANNUAL_REPORT;
import static cn.kunming.kjj.carrier.jooq.Tables.CREDIT_ALERT;
import static cn.kunming.kjj.carrier.jooq.Tables.DOSSIER;
import static cn.kunming.kjj.carrier.jooq.Tables.EVALUATION;
import static cn.kunming.kjj.carrier.jooq.Tables.EXPERT;
import static cn.kunming.kjj.carrier.jooq.Tables.EXPERT_ASSIGNMENT;
import static cn.kunming.kjj.carrier.jooq.Tables.HOST_UNIT;
import static cn.kunming.kjj.carrier.jooq.Tables.MAJOR_CHANGE;

@Repository
class JooqInboxRepository implements InboxRepository {

    private static final Set<AssignmentStatus> OPEN = EnumSet.of(AssignmentStatus.ASSIGNED, AssignmentStatus.ACCEPTED);

    private final DSLContext dsl;

    JooqInboxRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public long dossiers(TenantScope scope, Set<DossierStatus> statuses) {
        return dsl.fetchCount(DOSSIER, JooqScopes.inScope(scope, DOSSIER.TENANT_ID, DOSSIER.UNIT_ID)
                .and(DOSSIER.STATUS.in(statuses)));
    }

    @Override
    public long pendingUnitAccounts(TenantScope scope) {
        // a plain count over the join: jOOQ's fetchCount(select) names the derived table's columns, which MariaDB
        // does not parse
        return dsl.selectCount().from(ACCOUNT).join(HOST_UNIT).on(HOST_UNIT.ID.eq(ACCOUNT.UNIT_ID))
                .where(ACCOUNT.ROLE.eq(Role.APPLICANT)).and(ACCOUNT.STATUS.eq(AccountStatus.PENDING))
                .and(JooqScopes.hostUnitInScope(scope)).fetchSingle().value1();
    }

    @Override
    public long openCreditAlerts(TenantScope scope) {
        return dsl.fetchCount(CREDIT_ALERT, JooqScopes.inScope(scope, CREDIT_ALERT.TENANT_ID, CREDIT_ALERT.UNIT_ID)
                .and(CREDIT_ALERT.STATUS.eq(CreditAlert.AlertStatus.OPEN)));
    }

    @Override
    public long changes(TenantScope scope, ChangeStatus status) {
        return dsl.fetchCount(MAJOR_CHANGE, JooqScopes.inScope(scope, MAJOR_CHANGE.TENANT_ID, MAJOR_CHANGE.UNIT_ID)
                .and(MAJOR_CHANGE.STATUS.eq(status)));
    }

    @Override
    public long reports(TenantScope scope, ReportStatus status) {
        return dsl.fetchCount(ANNUAL_REPORT, JooqScopes.inScope(scope, ANNUAL_REPORT.TENANT_ID, ANNUAL_REPORT.UNIT_ID)
                .and(ANNUAL_REPORT.STATUS.eq(status)));
    }

    @Override
    public long reportsNotEvaluated(TenantScope scope) {
        return dsl.fetchCount(ANNUAL_REPORT, JooqScopes.inScope(scope, ANNUAL_REPORT.TENANT_ID, ANNUAL_REPORT.UNIT_ID)
                .and(ANNUAL_REPORT.STATUS.eq(ReportStatus.SUBMITTED))
                .andNotExists(DSL.selectOne().from(EVALUATION).where(EVALUATION.CARRIER_ID.eq(ANNUAL_REPORT.CARRIER_ID))
                        .and(EVALUATION.EVAL_YEAR.eq(ANNUAL_REPORT.REPORT_YEAR))));
    }

    @Override
    public long openReviews(AccountId expertAccount) {
        return dsl.selectCount().from(EXPERT_ASSIGNMENT).join(EXPERT)
                .on(EXPERT.ID.eq(EXPERT_ASSIGNMENT.EXPERT_ID))
                .where(EXPERT.ACCOUNT_ID.eq(expertAccount)).and(EXPERT_ASSIGNMENT.STATUS.in(OPEN)).fetchSingle().value1();
    }
}
