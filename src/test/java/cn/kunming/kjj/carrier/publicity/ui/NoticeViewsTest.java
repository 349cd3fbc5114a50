package cn.kunming.kjj.carrier.publicity.ui;

import cn.kunming.kjj.carrier.common.NoticeId;
import cn.kunming.kjj.carrier.common.CallId;
import cn.kunming.kjj.carrier.common.ui.NothingHereView;
import cn.kunming.kjj.carrier.publicity.NoticeStatus;
import cn.kunming.kjj.carrier.publicity.PublicNoticeService;
import cn.kunming.kjj.carrier.review.ReviewScenario;
import cn.kunming.kjj.carrier.security.Role;
import cn.kunming.kjj.carrier.support.KaribuTest;
import cn.kunming.kjj.carrier.support.MovableClock;
import cn.kunming.kjj.carrier.common.ui.FormDialog;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.TextArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;
import java.time.ZoneId;

import static cn.kunming.kjj.carrier.review.ReviewScenario.DISTRICT;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
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

    @Test
    void theBureauWithdrawsANoticeWithAReasonThePublicReadsAndPublishesTheListAgain() {
        clock.set(LocalDate.of(2026, 9, 29).atTime(10, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant());
        CallId call = scenario.openCall();
        scenario.proposed(call, DISTRICT);
        login(Role.BUREAU_OFFICER, "KMKJJ");
        LocalDate end = notices.period(LocalDate.of(2026, 9, 30)).defaultEnd();
        NoticeId first = notices.publish(call, LocalDate.of(2026, 9, 30), end, "市科技局 0871-1");

        NoticeAdminView admin = (NoticeAdminView) navigate("bureau/notices");
        admin.call.setValue(admin.call.getListDataView().getItems().filter(c -> c.id().equals(call)).findFirst().orElseThrow());
        FormDialog empty = admin.withdraw(notices.ofCall(call).orElseThrow());
        empty.confirm();
        assertThat(empty.isOpened()).as("no reason, no withdrawal: the dialog stays with a message").isTrue();
        assertThat(notices.ofCall(call)).isPresent();
        empty.close();

        FormDialog withdraw = admin.withdraw(notices.ofCall(call).orElseThrow());
        _get(withdraw, TextArea.class, spec -> spec.withLabel("理由（公开）")).setValue("单位名称有误");
        withdraw.confirm();
        assertThat(withdraw.isOpened()).isFalse();
        assertThat(notices.ofCall(call)).isEmpty();
        assertThat(admin.body.getElement().getTextRecursively()).contains("已撤回的公示").contains("单位名称有误");

        admin.startsOn.setValue(LocalDate.of(2026, 9, 30));
        admin.contact.setValue("市科技局 0871-1");
        admin.publish(admin.call.getValue());
        assertThat(notices.ofCall(call)).isPresent();
        logout();

        PublicNoticeView page = (PublicNoticeView) navigate("notice/" + first);
        assertThat(page.withdrawn.getText()).startsWith("本公示已于 2026-09-29").endsWith("理由：单位名称有误");
        assertThat(GridKt._size(page.grid)).as("the public still reads whom it listed").isEqualTo(1);
    }

    @Test
    void aCorrectionAppearsOnThePublicPageWithItsReason() {
        clock.set(LocalDate.of(2026, 9, 29).atTime(10, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant());
        CallId call = scenario.openCall();
        scenario.proposed(call, DISTRICT);
        login(Role.BUREAU_OFFICER, "KMKJJ");
        LocalDate end = notices.period(LocalDate.of(2026, 9, 30)).defaultEnd();
        NoticeId id = notices.publish(call, LocalDate.of(2026, 9, 30), end, "市科技局 0871-1");
        NoticeAdminView admin = (NoticeAdminView) navigate("bureau/notices");
        admin.call.setValue(admin.call.getListDataView().getItems().filter(c -> c.id().equals(call)).findFirst().orElseThrow());

        FormDialog correct = admin.correct(notices.ofCall(call).orElseThrow());
        _get(correct, DatePicker.class, spec -> spec.withLabel("公示结束日期")).setValue(end.minusDays(1));
        _get(correct, TextArea.class, spec -> spec.withLabel("理由（公开）")).setValue("缩短");
        correct.confirm();
        assertThat(correct.isOpened()).as("a shorter period is refused").isTrue();
        _get(correct, DatePicker.class, spec -> spec.withLabel("公示结束日期")).setValue(end.plusDays(1));
        _get(correct, TextArea.class, spec -> spec.withLabel("理由（公开）")).setValue("国庆假期顺延");
        correct.confirm();
        assertThat(correct.isOpened()).isFalse();
        logout();

        PublicNoticeView page = (PublicNoticeView) navigate("notice/" + id);
        assertThat(page.getElement().getTextRecursively()).contains("更正记录")
                .contains("公示期延长至 " + end.plusDays(1)).contains("理由：国庆假期顺延");
    }

    @Test
    void closingTheNoticeSaysWhatItDoesFirstAndANoticeThatCannotCloseIsRefusedAtOnce() {
        clock.set(LocalDate.of(2026, 9, 29).atTime(10, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant());
        CallId call = scenario.openCall();
        ReviewScenario.Submitted listed = scenario.proposed(call, DISTRICT);
        login(Role.BUREAU_OFFICER, "KMKJJ");
        LocalDate end = notices.period(LocalDate.of(2026, 9, 30)).defaultEnd();
        NoticeId id = notices.publish(call, LocalDate.of(2026, 9, 30), end, "市科技局 0871-1");
        clock.set(end.plusDays(1).atTime(9, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant());
        NoticeAdminView admin = (NoticeAdminView) navigate("bureau/notices");
        admin.call.setValue(admin.call.getListDataView().getItems().filter(c -> c.id().equals(call)).findFirst().orElseThrow());

        assertThat(admin.confirmClose(notices.ofCall(call).orElseThrow()))
                .as("no document yet: refused with its reason, nothing to confirm").isNull();
        assertThat(notices.ofCall(call).orElseThrow().status()).as("still open").isEqualTo(NoticeStatus.OPEN);

        notices.setDocument(id, 12, end.plusDays(1));
        FormDialog dialog = admin.confirmClose(notices.ofCall(call).orElseThrow());
        assertThat(dialog).isNotNull();
        assertThat(dialog.getElement().getTextRecursively()).contains("1 家单位").contains("昆科发〔2026〕12号")
                .contains("P4.5").contains("不能撤回");
        assertThat(notices.ofCall(call).orElseThrow().status()).as("nothing happens before the confirmation")
                .isEqualTo(NoticeStatus.OPEN);
        dialog.confirm();
        assertThat(notices.ofCall(call).orElseThrow().status()).isEqualTo(NoticeStatus.CLOSED);
        assertThat(notices.ofCall(call).orElseThrow().entries()).extracting(e -> e.dossierId())
                .containsExactly(listed.dossierId());
    }
}
