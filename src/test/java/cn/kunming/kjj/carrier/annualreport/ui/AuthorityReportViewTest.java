package cn.kunming.kjj.carrier.annualreport.ui;

import cn.kunming.kjj.carrier.authority.AuthorityScenario;
import cn.kunming.kjj.carrier.common.TenantId;
import cn.kunming.kjj.carrier.common.ui.NothingHereView;
import cn.kunming.kjj.carrier.security.Role;
import cn.kunming.kjj.carrier.support.KaribuTest;
import cn.kunming.kjj.carrier.support.MovableClock;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** M5.1 on the pages: the authority remarks on a yearly report of its field; the bureau reads it on the report. */
class AuthorityReportViewTest extends KaribuTest {

    @Autowired
    AuthorityScenario authorities;
    @Autowired
    MovableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private void switchTo(Role role, String tenant) {
        logout();
        MockVaadin.tearDown();
        setUpVaadinAgain();
        login(role, tenant);
    }

    private String text() {
        return UI.getCurrent().getCurrentView().getElement().getTextRecursively();
    }

    @Test
    void theAuthorityRemarksOnceOnAReportOfItsFieldAndTheBureauReadsItBesideTheExperts() {
        AuthorityScenario.CarrierWithReport c = authorities.submittedReport(clock);
        TenantId wjw = authorities.authority("市卫生健康委员会");
        TenantId other = authorities.authority("市农业农村局");
        authorities.link(wjw, c.carrier().industryField());
        authorities.link(other, c.carrier().industryField() + "（其他）");

        login(Role.INDUSTRY_AUTHORITY, other.value());
        assertThat(navigate("authority/report/" + c.report())).isInstanceOf(NothingHereView.class);

        switchTo(Role.INDUSTRY_AUTHORITY, wjw.value());
        navigate("");
        assertThat(text()).contains(c.carrier().name() + " · 2026 年度报告");
        AuthorityReportsView list = (AuthorityReportsView) navigate("authority/reports");
        assertThat(GridKt._size(list.grid)).isEqualTo(1);
        AuthorityReportView view = (AuthorityReportView) navigate("authority/report/" + c.report());
        assertThat(text()).contains("人才", "本部门评价意见（M5.1）");
        view.submit();
        assertThat(view.remark.isAttached()).as("a remark has text").isTrue();
        view.remark.setValue("服务成效明显，建议加强财务管理");
        view.submit();
        assertThat(view.remark.isAttached()).isFalse();
        assertThat(text()).contains("服务成效明显，建议加强财务管理");

        switchTo(Role.BUREAU_OFFICER, "KMKJJ");
        navigate("reports/" + c.report());
        assertThat(text()).contains("行业主管部门评价意见（M5.1）", "服务成效明显，建议加强财务管理");
        navigate("carriers/" + c.carrier().id());
        assertThat(text()).as("the carrier's file, where the bureau records the evaluation")
                .contains("2026 年度 · ", "服务成效明显，建议加强财务管理", "录入绩效评价");
    }
}
