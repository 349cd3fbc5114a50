package cn.kunming.kjj.carrier.expertreview.ui;

import cn.kunming.kjj.carrier.expertreview.ExpertOpinion;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Component;

import static org.assertj.core.api.Assertions.assertThat;

/** The expert's pages as other features' browser-less tests drive them. */
public final class ExpertPages {

    private ExpertPages() {
    }

    /** The rows of the expert's list of reviews. */
    public static int rows(Component myReviews) {
        return GridKt._size(((MyReviewsView) myReviews).grid);
    }

    /** Declares no conflict on the review page, then scores every criterion alike and submits. */
    public static void declareNoConflictAndSubmit(Component reviewPage, int everyCriterion, String comments,
                                                  ExpertOpinion opinion) {
        ExpertReviewView review = (ExpertReviewView) reviewPage;
        assertThat(review.form).as("no sheet before the declaration").isNull();
        review.conflict.setValue(false);
        review.declareNow();
        review.form.scoreAll(everyCriterion);
        review.form.fill(comments, opinion);
        review.saveSheet(true);
    }
}
