package cn.kunming.kjj.carrier.search;

import cn.kunming.kjj.carrier.common.CallId;
import cn.kunming.kjj.carrier.common.PortalException;
import cn.kunming.kjj.carrier.expert.ExpertDraft;
import cn.kunming.kjj.carrier.expert.ExpertService;
import cn.kunming.kjj.carrier.review.ReviewScenario;
import cn.kunming.kjj.carrier.security.Role;
import cn.kunming.kjj.carrier.support.As;
import cn.kunming.kjj.carrier.support.Fixtures;
import cn.kunming.kjj.carrier.support.PortalSpringTest;
import cn.kunming.kjj.carrier.tenant.HostUnit;
import cn.kunming.kjj.carrier.tenant.HostUnitService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@PortalSpringTest
@Transactional
class SearchServiceTest {

    @Autowired
    SearchService search;
    @Autowired
    ReviewScenario scenario;
    @Autowired
    HostUnitService units;
    @Autowired
    ExpertService experts;

    @AfterEach
    void signOut() {
        As.signOut();
    }

    private HostUnit unitOf(ReviewScenario.Submitted s) {
        As.role(Role.BUREAU_OFFICER, "KMKJJ");
        HostUnit unit = units.find(s.unitId()).orElseThrow();
        As.signOut();
        return unit;
    }

    @Test
    void aDistrictFindsADossierByItsUnitsCreditCodeWholeOrInPartByTheUnitsNameAndByItsNumber() {
        ReviewScenario.Submitted s = scenario.submitted(scenario.openCall(), "530102");
        HostUnit unit = unitOf(s);
        As.role(Role.DISTRICT_OFFICER, "530102");
        for (String typed : List.of(unit.creditCode(), unit.creditCode().substring(4, 14).toLowerCase(),
                " " + unit.name() + "\u3000", String.valueOf(s.dossierId()))) {
            SearchResults found = search.search(typed);
            assertThat(found.dossiers()).as(typed).extracting(SearchResults.DossierHit::id).contains(s.dossierId());
        }
        SearchResults byCode = search.search(unit.creditCode());
        assertThat(byCode.dossiers()).filteredOn(d -> d.id().equals(s.dossierId())).singleElement()
                .satisfies(d -> {
                    assertThat(d.unitName()).isEqualTo(unit.name());
                    assertThat(d.creditCode()).isEqualTo(unit.creditCode());
                    assertThat(d.tenantName()).isEqualTo("五华区");
                });
        assertThat(byCode.units()).singleElement().satisfies(u -> {
            assertThat(u.id()).isEqualTo(unit.id());
            assertThat(u.dossiers()).isEqualTo(1);
            assertThat(u.carriers()).isZero();
        });
    }

    @Test
    void anotherDistrictAndAnotherUnitFindNothingOfARecordOutsideTheirScope() {
        ReviewScenario.Submitted s = scenario.submitted(scenario.openCall(), "530102");
        HostUnit unit = unitOf(s);
        As.role(Role.DISTRICT_OFFICER, "530103");
        assertThat(search.search(unit.creditCode()).isEmpty()).isTrue();
        assertThat(search.search(String.valueOf(s.dossierId())).dossiers())
                .noneMatch(d -> d.id().equals(s.dossierId()));
        ReviewScenario.Submitted other = scenario.submitted(scenario.openCall(), "530102");
        As.signIn(other.applicant());
        assertThat(search.search(unit.creditCode()).isEmpty()).isTrue();
        As.signIn(s.applicant());
        assertThat(search.search(unit.creditCode()).dossiers()).extracting(SearchResults.DossierHit::id)
                .containsExactly(s.dossierId());
    }

    @Test
    void onlyTheBureauFindsExpertsOfThePool() {
        String name = Fixtures.unique("检索专家");
        As.role(Role.BUREAU_OFFICER, "KMKJJ");
        experts.create(new ExpertDraft(name, List.of("生物医药"), "研究员", "某研究院", null, "0871-1", "", true));
        assertThat(search.search(name).experts()).extracting(SearchResults.ExpertHit::name).containsExactly(name);
        As.role(Role.DISTRICT_OFFICER, "530102");
        assertThat(search.search(name).experts()).isEmpty();
    }

    @Test
    void wildcardsTypedAreTextAndNotPatterns() {
        CallId call = scenario.openCall();
        scenario.submitted(call, "530102");
        As.role(Role.BUREAU_OFFICER, "KMKJJ");
        assertThat(search.search("%%").isEmpty()).isTrue();
        assertThat(search.search("__").isEmpty()).isTrue();
        assertThat(search.search("!%").isEmpty()).isTrue();
    }

    @Test
    void textOfOneCharacterSaveANumberOrOverFiftyIsRefusedSayingHowLongItMayBe() {
        As.role(Role.BUREAU_OFFICER, "KMKJJ");
        for (String typed : new String[]{"", " ", "昆", " 昆 ", "x".repeat(51), null}) {
            assertThatThrownBy(() -> search.search(typed)).as(String.valueOf(typed))
                    .isInstanceOf(PortalException.class).hasMessage("search.length");
        }
        assertThat(search.search("昆明")).isNotNull();
        // one digit is a record's number only: not every unit whose code holds a 7
        SearchResults seven = search.search("7");
        assertThat(seven.units()).isEmpty();
        assertThat(seven.experts()).isEmpty();
        assertThat(seven.dossiers()).allMatch(d -> d.id().value() == 7);
        assertThat(seven.carriers()).allMatch(c -> c.id().value() == 7);
        assertThat(search.search("x".repeat(50)).isEmpty()).isTrue();
    }
}
