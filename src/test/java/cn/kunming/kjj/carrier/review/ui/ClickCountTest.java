package cn.kunming.kjj.carrier.review.ui;

import cn.kunming.kjj.carrier.call.CallDraft;
import cn.kunming.kjj.carrier.call.CallService;
import cn.kunming.kjj.carrier.common.CallId;
import cn.kunming.kjj.carrier.common.CarrierKind;
import cn.kunming.kjj.carrier.common.DossierId;
import cn.kunming.kjj.carrier.common.ui.FormDialog;
import cn.kunming.kjj.carrier.dossier.DossierStatus;
import cn.kunming.kjj.carrier.review.ReviewScenario;
import cn.kunming.kjj.carrier.security.Role;
import cn.kunming.kjj.carrier.support.As;
import cn.kunming.kjj.carrier.support.Fixtures;
import cn.kunming.kjj.carrier.support.KaribuTest;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.textfield.TextArea;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The clicks of a day's two bulk tasks (issue 25), counted through the pages as an officer does them: a click is one
 * press (a menu entry, a row, a box, a button); a choice from a list is two (open it, pick); text typed is counted
 * apart. The targets of the issue: ten recommendations in at most 15 actions plus the opinion, ten assignments in at
 * most 5. The figures, with those of the pages before issue 25, are in docs/benchmarks/results.md.
 */
class ClickCountTest extends KaribuTest {

    private static final String DISTRICT = ReviewScenario.DISTRICT;

    @Autowired
    ReviewScenario scenario;
    @Autowired
    CallService calls;
    @Autowired
    JdbcTemplate jdbc;

    /** What a person does, counted. */
    static final class Actions {
        int clicks;
        int texts;

        <T> T click(Supplier<T> action) {
            clicks++;
            return action.get();
        }

        void click(Runnable action) {
            clicks++;
            action.run();
        }

        void choose(Runnable action) {
            clicks += 2;
            action.run();
        }

        void type(Runnable action) {
            texts++;
            action.run();
        }

        @Override
        public String toString() {
            return clicks + " clicks + " + texts + " text";
        }
    }

    /**
     * The call of the day's work and, published after it and closing later, a call with nothing in it yet: the call
     * a list used to open on (the one at the top), as with the demo call in the trial at volume.
     */
    private CallId callOfTheDay() {
        As.role(Role.BUREAU_OFFICER, "KMKJJ");
        LocalDateTime now = calls.now();
        CallId work = calls.create(new CallDraft(now.getYear(), Fixtures.unique("点击测量批次"), Set.of(CarrierKind.values()),
                now.minusDays(1), now.plusDays(60), "", List.of()));
        calls.publish(work, 0);
        CallId later = calls.create(new CallDraft(now.getYear(), Fixtures.unique("下一批次"), Set.of(CarrierKind.values()),
                now.minusDays(1), now.plusDays(90), "", List.of()));
        calls.publish(later, 0);
        As.signOut();
        return work;
    }

    private DossierStatus status(DossierId id) {
        return DossierStatus.valueOf(jdbc.queryForObject("select status from dossier where id = ?", String.class, id));
    }

    @Test
    void theDistrictRecommendsTenDossiersInAtMostFifteenClicksPlusTheOpinion() {
        CallId call = callOfTheDay();
        List<DossierId> waiting = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            waiting.add(scenario.submitted(call, DISTRICT).dossierId());
        }
        // two handled earlier the same day: the inbox shows them too
        scenario.recommend(scenario.submitted(call, DISTRICT).dossierId(), DISTRICT);
        scenario.recommend(scenario.submitted(call, DISTRICT).dossierId(), DISTRICT);
        login(Role.DISTRICT_OFFICER, DISTRICT);

        Actions a = new Actions();
        DistrictInboxView inbox = a.click(() -> (DistrictInboxView) navigate(DistrictInboxView.ROUTE));
        assertThat(inbox.call.getValue().id()).as("opens on the call under review").isEqualTo(call);
        a.choose(() -> inbox.status.setValue(DossierStatus.SUBMITTED));
        a.click(() -> GridKt._selectAll(inbox.grid));
        FormDialog confirm = a.click(inbox::confirmRecommend);
        a.type(() -> LocatorJ._get(confirm, TextArea.class, spec -> spec.withLabel("书面意见"))
                .setValue("材料齐全真实，同意推荐"));
        a.click(confirm::confirm);
        a.click(inbox.resultDialog::close);

        assertThat(waiting).allSatisfy(id -> assertThat(status(id)).isEqualTo(DossierStatus.RECOMMENDED));
        assertThat(a.clicks).isLessThanOrEqualTo(15);
        assertThat(a.texts).isEqualTo(1);
        System.out.println("CLICKS district recommends 10: " + a);
    }

    @Test
    void theBureauAssignsExpertsToTenDossiersInAtMostFiveClicks() {
        CallId call = callOfTheDay();
        String field = Fixtures.unique("测量领域");
        List<DossierId> recommended = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            DossierId id = scenario.submitted(call, DISTRICT, field).dossierId();
            scenario.recommend(id, DISTRICT);
            recommended.add(id);
        }
        for (int i = 0; i < 6; i++) {
            scenario.expert(Fixtures.unique("测量专家"), field, Fixtures.unique("研究院"), null);
        }
        login(Role.BUREAU_OFFICER, "KMKJJ");

        Actions a = new Actions();
        ReviewBoardView board = a.click(() -> (ReviewBoardView) navigate(ReviewBoardView.ROUTE));
        assertThat(board.call.getValue().id()).as("opens on the call under review").isEqualTo(call);
        a.click(() -> GridKt._selectAll(board.grid));
        FormDialog confirm = a.click(board::confirmDraw);
        a.click(confirm::confirm);
        a.click(board.resultDialog::close);

        assertThat(recommended).allSatisfy(id -> assertThat(status(id)).isEqualTo(DossierStatus.UNDER_EXPERT_REVIEW));
        assertThat(a.clicks).isLessThanOrEqualTo(5);
        System.out.println("CLICKS bureau assigns experts to 10: " + a);
    }
}
