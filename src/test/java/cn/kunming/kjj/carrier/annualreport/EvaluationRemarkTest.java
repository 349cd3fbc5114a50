package cn.kunming.kjj.carrier.annualreport;

import cn.kunming.kjj.carrier.audit.AuditEvent;
import cn.kunming.kjj.carrier.audit.AuditLog;
import cn.kunming.kjj.carrier.audit.AuditQuery;
import cn.kunming.kjj.carrier.audit.AuditPosition;
import cn.kunming.kjj.carrier.authority.AuthorityScenario;
import cn.kunming.kjj.carrier.common.Messages;
import cn.kunming.kjj.carrier.common.NotFoundException;
import cn.kunming.kjj.carrier.common.PortalException;
import cn.kunming.kjj.carrier.common.TenantId;
import cn.kunming.kjj.carrier.security.Role;
import cn.kunming.kjj.carrier.support.As;
import cn.kunming.kjj.carrier.support.MovableClock;
import cn.kunming.kjj.carrier.support.PortalSpringTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * M5.1: 由市科技局会同行业主管部门组织专家进行绩效评价. The authority of a carrier's field remarks on its submitted
 * yearly report, once, until the bureau records that year's evaluation; the bureau reads the remarks.
 */
@PortalSpringTest
@Transactional
class EvaluationRemarkTest {

    @Autowired
    AuthorityScenario authorities;
    @Autowired
    EvaluationRemarkService remarks;
    @Autowired
    AnnualReportService reports;
    @Autowired
    AuditLog audit;
    @Autowired
    MovableClock clock;

    @AfterEach
    void reset() {
        As.signOut();
        clock.reset();
    }

    @Test
    void theAuthorityOfTheCarriersFieldRemarksOnceAndTheBureauReadsItAuditedUnderM51() {
        AuthorityScenario.CarrierWithReport c = authorities.submittedReport(clock);
        TenantId wjw = authorities.authority("市卫生健康委员会");
        authorities.link(wjw, c.carrier().industryField());

        authorities.signIn(wjw);
        assertThat(remarks.reports()).singleElement().satisfies(r -> {
            assertThat(r.report().id()).isEqualTo(c.report());
            assertThat(r.awaitsRemark()).isTrue();
        });
        remarks.remark(c.report(), "  服务成效明显，建议加强财务管理  ");
        assertThat(remarks.report(c.report()).awaitsRemark()).isFalse();
        PortalException twice = catchThrowableOfType(PortalException.class, () -> remarks.remark(c.report(), "再补充"));
        assertThat(twice.messageKey()).isEqualTo("remark.alreadyGiven");
        assertThat(Messages.chinese(twice.messageKey())).contains("M5.1");

        As.role(Role.BUREAU_OFFICER, "KMKJJ");
        assertThat(remarks.remarks(c.report())).singleElement().satisfies(r -> {
            assertThat(r.authorityId()).isEqualTo(wjw);
            assertThat(r.remark()).isEqualTo("服务成效明显，建议加强财务管理");
        });
        assertThat(remarks.remarksOfCarrier(c.carrier().id())).singleElement()
                .satisfies(r -> assertThat(r.year()).isEqualTo(2026));
        As.role(Role.AUDITOR, null);
        assertThat(audit.page(new AuditQuery(null, "REPORT_REMARKED", "ANNUAL_REPORT", c.report().toString()), AuditPosition.newest(), 10).events())
                .singleElement().extracting(AuditEvent::ruleId).isEqualTo("M5.1");
    }

    @Test
    void noRemarkIsTakenOnceTheYearsEvaluationIsRecordedRefusedNamingM51() {
        AuthorityScenario.CarrierWithReport c = authorities.submittedReport(clock);
        TenantId gxj = authorities.authority("市工业和信息化局");
        authorities.link(gxj, c.carrier().industryField());
        As.role(Role.BUREAU_OFFICER, "KMKJJ");
        reports.evaluate(c.carrier().id(), 2026, new BigDecimal("85"), EvaluationResult.PASS, "");

        authorities.signIn(gxj);
        assertThat(remarks.report(c.report()).evaluated()).isTrue();
        assertThat(remarks.reports()).noneMatch(AuthorityReport::awaitsRemark);
        PortalException refused = catchThrowableOfType(PortalException.class,
                () -> remarks.remark(c.report(), "迟到的意见"));
        assertThat(refused.messageKey()).isEqualTo("remark.afterEvaluation");
        assertThat(Messages.chinese(refused.messageKey(), refused.args())).contains("2026 年度", "M5.1");
    }

    @Test
    void anEvaluationOfAnotherYearLeavesTheRemarkOpen() {
        AuthorityScenario.CarrierWithReport c = authorities.submittedReport(clock);
        TenantId gxj = authorities.authority("市工业和信息化局");
        authorities.link(gxj, c.carrier().industryField());
        As.role(Role.BUREAU_OFFICER, "KMKJJ");
        reports.evaluate(c.carrier().id(), 2027, new BigDecimal("85"), EvaluationResult.PASS, "");
        authorities.signIn(gxj);
        remarks.remark(c.report(), "2026 年度意见");
        assertThat(remarks.report(c.report()).myRemark()).isNotNull();
    }

    @Test
    void anAuthorityOfAnotherFieldFindsTheReportMissingAndAReturnedOneIsMissingToEveryAuthority() {
        AuthorityScenario.CarrierWithReport c = authorities.submittedReport(clock);
        TenantId other = authorities.authority("市农业农村局");
        authorities.link(other, c.carrier().industryField() + "（其他）");
        authorities.signIn(other);
        assertThat(remarks.reports()).isEmpty();
        assertThatThrownBy(() -> remarks.report(c.report())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> remarks.remark(c.report(), "意见")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> remarks.files(c.report())).isInstanceOf(NotFoundException.class);

        TenantId own = authorities.authority("市工业和信息化局");
        authorities.link(own, c.carrier().industryField());
        As.role(Role.DISTRICT_OFFICER, c.carrier().tenantId().value());
        reports.returnForRevision(c.report(), "请补充财务数据");
        authorities.signIn(own);
        assertThat(remarks.reports()).as("a report returned for revision is no longer submitted").isEmpty();
        assertThatThrownBy(() -> remarks.remark(c.report(), "意见")).isInstanceOf(NotFoundException.class);
    }

    @Test
    void aRemarkHasText() {
        AuthorityScenario.CarrierWithReport c = authorities.submittedReport(clock);
        TenantId gxj = authorities.authority("市工业和信息化局");
        authorities.link(gxj, c.carrier().industryField());
        authorities.signIn(gxj);
        assertThatThrownBy(() -> remarks.remark(c.report(), " ")).hasMessage("remark.textMissing");
        assertThatThrownBy(() -> remarks.remark(c.report(), "字".repeat(2001))).hasMessage("input.tooLongField");
        As.role(Role.BUREAU_OFFICER, "KMKJJ");
        assertThatThrownBy(() -> remarks.remark(c.report(), "意见")).isInstanceOf(AuthorizationDeniedException.class);
        assertThat(remarks.remarks(c.report())).isEmpty();
    }
}
