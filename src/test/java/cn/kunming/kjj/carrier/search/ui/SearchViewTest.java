package cn.kunming.kjj.carrier.search.ui;

import cn.kunming.kjj.carrier.common.UnitId;
import cn.kunming.kjj.carrier.review.ReviewScenario;
import cn.kunming.kjj.carrier.security.Role;
import cn.kunming.kjj.carrier.support.As;
import cn.kunming.kjj.carrier.support.KaribuTest;
import cn.kunming.kjj.carrier.tenant.HostUnitService;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

class SearchViewTest extends KaribuTest {

    @Autowired
    ReviewScenario scenario;
    @Autowired
    HostUnitService units;

    private String creditCodeOf(UnitId unit) {
        As.role(Role.BUREAU_OFFICER, "KMKJJ");
        String code = units.find(unit).orElseThrow().creditCode();
        As.signOut();
        return code;
    }

    @Test
    void aDistrictTypesACreditCodeInTheTopBarAndOpensTheDossierFromTheResults() {
        ReviewScenario.Submitted s = scenario.submitted(scenario.openCall(), "530102");
        String code = creditCodeOf(s.unitId());
        login(Role.DISTRICT_OFFICER, "530102");
        navigate("district");
        TextField box = LocatorJ._get(TextField.class, spec -> spec.withId("top-search"));
        box.setValue(code);
        com.vaadin.flow.component.ComponentUtil.fireEvent(box, new com.vaadin.flow.component.KeyPressEvent(box, "Enter"));
        SearchView view = LocatorJ._get(SearchView.class);
        assertThat(view.text.getValue()).isEqualTo(code);
        assertThat(GridKt._size(view.dossiers)).isEqualTo(1);
        assertThat(GridKt._get(view.dossiers, 0).id()).isEqualTo(s.dossierId());
        assertThat(GridKt._size(view.units)).isEqualTo(1);
        GridKt._clickItem(view.dossiers, 0);
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("dossiers/" + s.dossierId());
    }

    @Test
    void anExpertHasNoSearchInItsTopBarAndAnotherDistrictSeesNothingFound() {
        ReviewScenario.Submitted s = scenario.submitted(scenario.openCall(), "530102");
        String code = creditCodeOf(s.unitId());
        login(Role.DISTRICT_OFFICER, "530103");
        SearchView view = as(SearchView.class, navigate(SearchView.ROUTE + "?q=" + code));
        assertThat(view.results.getChildren()).hasSize(1);
        assertThat(GridKt._size(view.dossiers)).isZero();
        login(Role.EXPERT, null);
        navigate("expert");
        assertThat(LocatorJ._find(TextField.class, spec -> spec.withId("top-search"))).isEmpty();
    }

    @Test
    void aSearchOfSpacesAloneSaysWhatToTypeInsteadOfAnEmptyPage() {
        login(Role.DISTRICT_OFFICER, "530102");
        for (String blank : new String[]{"%E3%80%80", "%20%20", ""}) {
            SearchView view = as(SearchView.class, navigate(SearchView.ROUTE + "?q=" + blank));
            assertThat(view.results.getElement().getTextRecursively()).as("q=" + blank)
                    .contains("请输入要查找的名称、统一社会信用代码或编号");
        }
    }
}
