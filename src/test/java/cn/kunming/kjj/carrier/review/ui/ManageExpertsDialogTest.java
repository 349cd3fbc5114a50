package cn.kunming.kjj.carrier.review.ui;

import cn.kunming.kjj.carrier.common.ui.FormDialog;
import cn.kunming.kjj.carrier.expertreview.Assignment;
import cn.kunming.kjj.carrier.review.Candidate;
import cn.kunming.kjj.carrier.review.ReviewScenario;
import cn.kunming.kjj.carrier.security.Role;
import cn.kunming.kjj.carrier.support.KaribuTest;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static cn.kunming.kjj.carrier.review.ReviewScenario.DISTRICT;
import static org.assertj.core.api.Assertions.assertThat;

/** 调整专家: nothing chosen, or a release without its reason, is said in the dialog and changes nothing at all. */
class ManageExpertsDialogTest extends KaribuTest {

    @Autowired
    ReviewScenario scenario;

    @Test
    @SuppressWarnings("unchecked")
    void aReleaseWithoutItsReasonIsRefusedBeforeTheAddedExpertIsAssignedAndNothingChosenIsSaid() {
        ReviewScenario.Submitted s = scenario.submitted(scenario.openCall(), DISTRICT);
        scenario.recommend(s.dossierId(), DISTRICT);
        scenario.assign(s.dossierId(), scenario.expert("已派专家"));
        scenario.expert("待增派专家");
        login(Role.BUREAU_OFFICER, "KMKJJ");
        ReviewBoardView board = (ReviewBoardView) navigate("bureau/review");
        board.call.setValue(board.call.getListDataView().getItems().filter(c -> c.id().equals(s.callId())).findFirst()
                .orElseThrow());
        var row = GridKt._get(board.grid, 0);

        FormDialog nothing = board.manage(row);
        nothing.confirm();
        assertThat(nothing.isOpened()).as("nothing chosen: the dialog stays and says so").isTrue();
        nothing.close();

        FormDialog dialog = board.manage(row);
        ComboBox<Candidate> add = LocatorJ._get(dialog, ComboBox.class, spec -> spec.withLabel("增派专家"));
        add.setValue(add.getListDataView().getItems().filter(c -> c.expert().name().equals("待增派专家")).findFirst()
                .orElseThrow());
        ComboBox<Assignment> release = LocatorJ._get(dialog, ComboBox.class, spec -> spec.withLabel("解除专家"));
        release.setValue(release.getListDataView().getItems().findFirst().orElseThrow());
        dialog.confirm();
        assertThat(dialog.isOpened()).isTrue();
        assertThat(GridKt._get(board.grid, 0).activeExperts()).as("the added expert waits for the whole change").isEqualTo(1);

        LocatorJ._get(dialog, TextField.class, spec -> spec.withLabel("解除原因")).setValue("与申报单位存在合作关系");
        dialog.confirm();
        assertThat(dialog.isOpened()).isFalse();
        assertThat(GridKt._get(board.grid, 0).activeExperts()).as("one added, one released").isEqualTo(1);
    }

    @Test
    void aDossierWhoseExpertReviewIsOverOffersNeitherADrawNorAChangeOfExperts() {
        var call = scenario.openCall();
        ReviewScenario.Submitted reviewed = scenario.reviewed(call, DISTRICT);
        ReviewScenario.Submitted waiting = scenario.submitted(call, DISTRICT);
        scenario.recommend(waiting.dossierId(), DISTRICT);
        login(Role.BUREAU_OFFICER, "KMKJJ");
        ReviewBoardView board = (ReviewBoardView) navigate("bureau/review?call=" + call);
        java.util.Map<cn.kunming.kjj.carrier.common.DossierId, cn.kunming.kjj.carrier.review.BoardRow> rows =
                new java.util.HashMap<>();
        for (int i = 0; i < GridKt._size(board.grid); i++) {
            var row = GridKt._get(board.grid, i);
            rows.put(row.dossier().id(), row);
        }

        assertThat(board.actions(rows.get(reviewed.dossierId())).getComponentCount()).as("review over: nothing to offer")
                .isZero();
        assertThat(board.actions(rows.get(waiting.dossierId())).getComponentCount()).as("with its experts: draw and change")
                .isEqualTo(2);
    }
}
