package cn.kunming.kjj.carrier.publicity.ui;

import cn.kunming.kjj.carrier.common.NoticeId;
import cn.kunming.kjj.carrier.common.CallId;
import cn.kunming.kjj.carrier.common.ui.NothingHereView;
import cn.kunming.kjj.carrier.publicity.PublicNoticeService;
import cn.kunming.kjj.carrier.review.ReviewScenario;
import cn.kunming.kjj.carrier.security.Role;
import cn.kunming.kjj.carrier.support.KaribuTest;
import cn.kunming.kjj.carrier.support.MovableClock;
import com.github.mvysny.kaributesting.v10.GridKt;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;
import java.time.ZoneId;

import static cn.kunming.kjj.carrier.review.ReviewScenario.DISTRICT;
import static org.assertj.core.api.Assertions.assertThat;

class NoticeViewsTest extends KaribuTest {

    @Autowired
    ReviewScenario scenario;
    @Autowired
    PublicNoticeService notices;
    @Autowired
    MovableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void theBureauPublishesTheProposedListAndAnyoneReadsItWithoutSigningIn() {
        clock.set(LocalDate.of(2026, 9, 29).atTime(10, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant());
        CallId call = scenario.openCall();
        ReviewScenario.Submitted s = scenario.proposed(call, DISTRICT);

        login(Role.BUREAU_OFFICER, "KMKJJ");
        NoticeAdminView admin = (NoticeAdminView) navigate("bureau/notices");
        admin.call.setValue(admin.call.getListDataView().getItems().filter(c -> c.id().equals(call)).findFirst().orElseThrow());
        admin.startsOn.setValue(LocalDate.of(2026, 9, 30));
        assertThat(admin.endsOn.getValue()).isEqualTo(LocalDate.of(2026, 10, 12));
        admin.endsOn.setValue(LocalDate.of(2026, 10, 11));
        admin.contact.setValue("市科技局 0871-1");
        admin.publish(admin.call.getValue());
        assertThat(notices.ofCall(call)).isEmpty();
        admin.endsOn.setValue(LocalDate.of(2026, 10, 12));
        admin.publish(admin.call.getValue());
        NoticeId id = notices.ofCall(call).orElseThrow().id();
        logout();

        PublicNoticeView page = (PublicNoticeView) navigate("notice/" + id);
        assertThat(GridKt._size(page.grid)).isEqualTo(1);
        assertThat(GridKt._get(page.grid, 0).dossierId()).isEqualTo(s.dossierId());
        assertThat(page.period.getText()).isEqualTo("公示期：2026-09-30 至 2026-10-12");
        assertThat(navigate("notice/" + Long.MAX_VALUE)).isInstanceOf(NothingHereView.class);
    }
}
