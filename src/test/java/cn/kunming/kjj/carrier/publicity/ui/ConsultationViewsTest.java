package cn.kunming.kjj.carrier.publicity.ui;

import cn.kunming.kjj.carrier.authority.AuthorityScenario;
import cn.kunming.kjj.carrier.common.CallId;
import cn.kunming.kjj.carrier.common.NoticeId;
import cn.kunming.kjj.carrier.common.TenantId;
import cn.kunming.kjj.carrier.common.ui.NothingHereView;
import cn.kunming.kjj.carrier.publicity.ConsultationOpinion;
import cn.kunming.kjj.carrier.publicity.PublicNotice;
import cn.kunming.kjj.carrier.publicity.PublicNoticeService;
import cn.kunming.kjj.carrier.review.ReviewScenario;
import cn.kunming.kjj.carrier.security.Role;
import cn.kunming.kjj.carrier.support.As;
import cn.kunming.kjj.carrier.support.KaribuTest;
import cn.kunming.kjj.carrier.support.MovableClock;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;
import java.time.ZoneId;

import static cn.kunming.kjj.carrier.review.ReviewScenario.DISTRICT;
import static org.assertj.core.api.Assertions.assertThat;

/** P4.5 on the pages: the authority gives its opinion, the bureau reads it beside the list and only then files. */
class ConsultationViewsTest extends KaribuTest {

    @Autowired
    ReviewScenario scenario;
    @Autowired
    AuthorityScenario authorities;
    @Autowired
    PublicNoticeService notices;
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

    private NoticeAdminView noticeOf(CallId call) {
        NoticeAdminView admin = (NoticeAdminView) navigate("bureau/notices");
        admin.call.setValue(admin.call.getListDataView().getItems().filter(c -> c.id().equals(call)).findFirst()
                .orElseThrow());
        return admin;
    }

    @Test
    void theAuthorityGivesItsOpinionTheBureauReadsItBesideTheListAndFilesOnlyThen() {
        clock.set(LocalDate.of(2026, 3, 2).atTime(9, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant());
        CallId call = scenario.openCall();
        ReviewScenario.Submitted s = scenario.proposed(call, DISTRICT);
        As.role(Role.BUREAU_OFFICER, "KMKJJ");
        NoticeId id = notices.publish(call, LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 6), "0871-1");
        As.signOut();
        TenantId gxj = authorities.authority("市工业和信息化局");
        TenantId other = authorities.authority("市农业农村局");
        authorities.link(gxj, s.field());
        authorities.link(other, s.field() + "（其他）");

        login(Role.BUREAU_OFFICER, "KMKJJ");
        NoticeAdminView admin = noticeOf(call);
        assertThat(GridKt._size(admin.consultations)).isEqualTo(1);
        assertThat(GridKt._getFormattedRow(admin.consultations, 0)).contains("尚未提出", s.field());
        assertThat(text()).contains("行业主管部门会商意见（P4.5）", "尚有 1 个行业主管部门未提出会商意见");
        PublicNotice open = notices.ofCall(call).orElseThrow();
        admin.documentSequence.setValue(1000 + (int) (id.value() % 8000));
        admin.filedOn.setValue(LocalDate.of(2026, 3, 7));
        admin.setDocument(open);
        assertThat(notices.ofCall(call).orElseThrow().documentNumber()).as("refused before the opinion (P4.5)").isNull();

        switchTo(Role.INDUSTRY_AUTHORITY, other.value());
        assertThat(navigate("authority/consultation/" + id)).isInstanceOf(NothingHereView.class);
        ConsultationsView none = (ConsultationsView) navigate("authority/consultations");
        assertThat(GridKt._size(none.grid)).isZero();

        switchTo(Role.INDUSTRY_AUTHORITY, gxj.value());
        ConsultationsView mine = (ConsultationsView) navigate("authority/consultations");
        assertThat(GridKt._size(mine.grid)).isEqualTo(1);
        ConsultationView view = (ConsultationView) navigate("authority/consultation/" + id);
        assertThat(text()).contains(s.field());
        view.opinion.setValue(ConsultationOpinion.DISAGREE);
        view.answer();
        assertThat(view.opinion.isAttached()).as("不同意 needs its text (P4.5)").isTrue();
        view.text.setValue("建议核实中试场地面积");
        view.answer();
        assertThat(view.opinion.isAttached()).isFalse();
        assertThat(text()).contains("不同意：建议核实中试场地面积");

        switchTo(Role.BUREAU_OFFICER, "KMKJJ");
        NoticeAdminView after = noticeOf(call);
        assertThat(GridKt._getFormattedRow(after.consultations, 0)).contains("不同意：建议核实中试场地面积");
        after.documentSequence.setValue(1000 + (int) (id.value() % 8000));
        after.filedOn.setValue(LocalDate.of(2026, 3, 7));
        after.setDocument(notices.ofCall(call).orElseThrow());
        assertThat(notices.ofCall(call).orElseThrow().documentNumber()).isNotNull();
    }
}
