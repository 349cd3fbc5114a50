package cn.kunming.kjj.carrier.dossier;

import cn.kunming.kjj.carrier.common.CallId;
import cn.kunming.kjj.carrier.common.DossierId;
import cn.kunming.kjj.carrier.common.PortalException;
import cn.kunming.kjj.carrier.common.SearchTerm;
import cn.kunming.kjj.carrier.review.ReviewScenario;
import cn.kunming.kjj.carrier.security.Role;
import cn.kunming.kjj.carrier.support.As;
import cn.kunming.kjj.carrier.support.PortalSpringTest;
import cn.kunming.kjj.carrier.tenant.HostUnit;
import cn.kunming.kjj.carrier.tenant.HostUnitService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The officers' lists search their own rows in SQL, within the reader's scope, and count what they find (issue 25). */
@PortalSpringTest
class DossierListSearchTest {

    @Autowired
    DossierListService dossiers;
    @Autowired
    HostUnitService units;
    @Autowired
    ReviewScenario scenario;

    @AfterEach
    void signOut() {
        As.signOut();
    }

    private HostUnit unitOf(ReviewScenario.Submitted s) {
        As.role(Role.BUREAU_OFFICER, "KMKJJ");
        return units.find(s.unitId()).orElseThrow();
    }

    private List<DossierId> found(CallId call, String text) {
        DossierFilter f = DossierFilter.ofCall(call).withText(SearchTerm.of(text));
        List<DossierId> rows = dossiers.rows(f, null, 0, 100).stream().map(DossierRow::id).toList();
        assertThat(dossiers.count(f)).as("the count is the list's length for " + text).isEqualTo(rows.size());
        return rows;
    }

    @Test
    void aDossierIsFoundByItsUnitsCreditCodeWholeOrInPartInAnyCase() {
        CallId call = scenario.openCall();
        ReviewScenario.Submitted mine = scenario.submitted(call, "530102");
        scenario.submitted(call, "530102");
        String code = unitOf(mine).creditCode();
        As.role(Role.DISTRICT_OFFICER, "530102");
        assertThat(found(call, code)).containsExactly(mine.dossierId());
        assertThat(found(call, code.substring(4).toLowerCase(Locale.ROOT))).containsExactly(mine.dossierId());
    }

    @Test
    void aDossierIsFoundByItsUnitsNameAndByItsNumber() {
        CallId call = scenario.openCall();
        ReviewScenario.Submitted mine = scenario.submitted(call, "530102");
        scenario.submitted(call, "530102");
        String unitName = unitOf(mine).name();
        As.role(Role.DISTRICT_OFFICER, "530102");
        assertThat(found(call, unitName)).containsExactly(mine.dossierId());
        assertThat(found(call, String.valueOf(mine.dossierId().value()))).contains(mine.dossierId());
    }

    @Test
    void aDossierOfAnotherDistrictIsNotFoundNorCountedByItsCodeItsNameOrItsNumber() {
        CallId call = scenario.openCall();
        ReviewScenario.Submitted foreign = scenario.submitted(call, "530103");
        HostUnit unit = unitOf(foreign);
        As.role(Role.DISTRICT_OFFICER, "530102");
        for (String text : List.of(unit.creditCode(), unit.name(), String.valueOf(foreign.dossierId().value()))) {
            assertThat(found(call, text)).as(text).doesNotContain(foreign.dossierId()).isEmpty();
        }
        As.role(Role.BUREAU_OFFICER, "KMKJJ");
        assertThat(found(call, unit.creditCode())).as("the bureau's scope is every tenant")
                .containsExactly(foreign.dossierId());
    }

    @Test
    void typedWildcardsAreTextAndNeverWidenTheSearch() {
        CallId call = scenario.openCall();
        scenario.submitted(call, "530102");
        scenario.submitted(call, "530102");
        As.role(Role.DISTRICT_OFFICER, "530102");
        assertThat(dossiers.count(DossierFilter.ofCall(call))).isEqualTo(2);
        for (String wildcard : List.of("%", "_", "%%", "!%", "__________________", "' or 1=1 --", "<b>x</b>")) {
            assertThat(found(call, wildcard)).as(wildcard).isEmpty();
        }
    }

    @Test
    void aSearchNoListCanHoldIsRefusedBeforeAnyQuery() {
        assertThatThrownBy(() -> DossierFilter.none().withText(SearchTerm.of("长".repeat(51))))
                .isInstanceOf(PortalException.class).hasMessage("list.searchInvalid");
        assertThat(DossierFilter.none().withText(SearchTerm.of("  ")).text()).as("spaces alone are no search").isNull();
    }
}
