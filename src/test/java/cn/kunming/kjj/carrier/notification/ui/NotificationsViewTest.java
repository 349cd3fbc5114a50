package cn.kunming.kjj.carrier.notification.ui;

import cn.kunming.kjj.carrier.review.ReviewScenario;
import cn.kunming.kjj.carrier.security.PortalUser;
import cn.kunming.kjj.carrier.support.KaribuTest;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

class NotificationsViewTest extends KaribuTest {

    @Autowired
    ReviewScenario scenario;

    @Test
    void theBellCountsUnreadNotificationsAndOpeningOneLeadsToItsDossierAndMarksItRead() {
        ReviewScenario.Submitted s = scenario.submitted(scenario.openCall(), ReviewScenario.DISTRICT);
        scenario.recommend(s.dossierId(), ReviewScenario.DISTRICT);
        PortalUser applicant = s.applicant();
        login(applicant.role(), applicant.tenantId().value(), applicant.unitId(), applicant.accountId());
        navigate("");
        Anchor bell = LocatorJ._get(Anchor.class, spec -> spec.withId("notification-bell"));
        assertThat(bell.getChildren().filter(c -> c instanceof Span).map(c -> ((Span) c).getText())).containsExactly("1");

        NotificationsView view = (NotificationsView) navigate("notifications");
        assertThat(GridKt._size(view.grid)).isEqualTo(1);
        assertThat(GridKt._get(view.grid, 0).args()).contains("昆明市生物医药概念验证中心");
        view.open(GridKt._get(view.grid, 0));
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("dossiers/" + s.dossierId());
        navigate("");
        assertThat(LocatorJ._get(Anchor.class, spec -> spec.withId("notification-bell")).getChildren()
                .filter(c -> c instanceof Span)).isEmpty();
    }
}
