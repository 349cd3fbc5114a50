package cn.kunming.kjj.carrier.dossier;

import cn.kunming.kjj.carrier.common.UnitId;
import cn.kunming.kjj.carrier.common.CallId;
import cn.kunming.kjj.carrier.common.DossierId;
import cn.kunming.kjj.carrier.support.Scenarios;
import cn.kunming.kjj.carrier.call.CallService;
import cn.kunming.kjj.carrier.common.CarrierKind;
import cn.kunming.kjj.carrier.eligibility.Facts;
import cn.kunming.kjj.carrier.review.ReviewScenario;
import cn.kunming.kjj.carrier.security.AccountStatus;
import cn.kunming.kjj.carrier.security.Role;
import cn.kunming.kjj.carrier.support.As;
import cn.kunming.kjj.carrier.support.Fixtures;
import cn.kunming.kjj.carrier.support.PortalSpringTest;
import cn.kunming.kjj.carrier.tenant.ActivationStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The officers' dossier list is read a page at a time, sorted by the database (issue 14). */
@PortalSpringTest
class DossierListPagingTest {

    @Autowired
    DossierService dossiers;

    @Autowired

    DossierListService dossierList;
    @Autowired
    CallService calls;
    @Autowired
    Fixtures fixtures;
    @Autowired
    ReviewScenario scenario;

    @AfterEach
    void signOut() {
        As.signOut();
    }

    /** A draft of a new unit of the tenant, under the given proposed name. */
    private DossierId draftNamed(CallId call, String tenant, String name) {
        UnitId unit = fixtures.unit(tenant, ActivationStatus.ACTIVE);
        As.user(fixtures.account(Role.APPLICANT, tenant, unit, AccountStatus.ACTIVE), Role.APPLICANT, tenant, unit);
        DossierId id = dossiers.open(call, CarrierKind.CONCEPT_CENTER);
        DossierContent base = Scenarios.eligibleContent();
        Facts f = base.facts();
        Facts named = new Facts(f.kind(), name, f.submittedOn(), f.hostType(), f.independentLegalPerson(),
                f.registeredInKunming(), f.siteAreaSqm(), f.operatingTeam(), f.headExperienced(), f.advisors(),
                f.techBrokers(), f.reserveProjects(), f.servicesInLastTwoYears(), f.seriousDishonestyListed(),
                f.majorIncidentInLastYear(), f.poc(), f.pilot());
        dossiers.saveDraft(id, 0, new DossierContent(named, base.services(), base.managementSystems(), true));
        As.signOut();
        return id;
    }

    @Test
    void pagesSortedByNameFollowOneAnotherWithoutGapOrOverlapAndTheCountIsTheirLength() {
        CallId call = scenario.openCall();
        List<String> names = List.of("丙载体", "甲载体", "乙载体", "丁载体", "戊载体");
        for (String name : names) {
            draftNamed(call, "530102", name);
        }
        As.role(Role.DISTRICT_OFFICER, "530102");
        DossierFilter filter = DossierFilter.ofCall(call);
        DossierSort byName = new DossierSort(DossierSort.Column.NAME, false);
        List<String> paged = new ArrayList<>();
        for (int offset = 0; offset < 6; offset += 2) {
            dossierList.rows(filter, byName, offset, 2).forEach(r -> paged.add(r.name()));
        }
        assertThat(dossierList.count(filter)).isEqualTo(5);
        assertThat(paged).hasSize(5).doesNotHaveDuplicates().isSortedAccordingTo(Comparator.naturalOrder())
                .containsExactlyInAnyOrderElementsOf(names);
        assertThat(dossierList.rows(filter, new DossierSort(DossierSort.Column.NAME, true), 0, 5))
                .extracting(DossierRow::name).isSortedAccordingTo(Comparator.reverseOrder());
    }

    @Test
    void aListSortedByStatusFollowsThePipeline() {
        CallId call = scenario.openCall();
        DossierId draft = draftNamed(call, "530103", "草稿载体");
        DossierId submitted = scenario.submitted(call, "530103").dossierId();
        DossierId recommended = scenario.submitted(call, "530103").dossierId();
        scenario.recommend(recommended, "530103");
        As.role(Role.BUREAU_OFFICER, "KMKJJ");
        List<DossierId> order = dossierList.rows(DossierFilter.ofCall(call), new DossierSort(DossierSort.Column.STATUS, false),
                0, 10).stream().map(DossierRow::id).toList();
        assertThat(order).containsExactly(draft, submitted, recommended);
    }

    /**
     * Generated over every sort column in both directions: pages of two, read one after another, are the whole list read
     * as one page — no line twice, none lost — including lines that tie on the column (the same name, kind, status).
     */
    @Test
    void pagesOfEverySortInEitherDirectionFollowOneAnotherAsTheWholeListDoes() {
        CallId call = scenario.openCall();
        for (String name : List.of("丙载体", "甲载体", "甲载体", "乙载体", "甲载体")) {
            draftNamed(call, "530102", name);
        }
        scenario.submitted(call, "530102");
        As.role(Role.BUREAU_OFFICER, "KMKJJ");
        DossierFilter filter = DossierFilter.ofCall(call);
        for (DossierSort.Column column : DossierSort.Column.values()) {
            for (boolean descending : new boolean[]{false, true}) {
                DossierSort sort = new DossierSort(column, descending);
                List<DossierId> whole = dossierList.rows(filter, sort, 0, 50).stream().map(DossierRow::id).toList();
                List<DossierId> paged = new ArrayList<>();
                for (int offset = 0; offset < whole.size(); offset += 2) {
                    dossierList.rows(filter, sort, offset, 2).forEach(r -> paged.add(r.id()));
                }
                assertThat(whole).as(sort.toString()).hasSize(6);
                assertThat(paged).as(sort.toString()).isEqualTo(whole);
            }
        }
    }

    @Test
    void theListShowsTheNameAsLastSavedAndTheNumberOfSubmittedVersions() {
        CallId call = scenario.openCall();
        var submitted = scenario.submitted(call, "530111");
        As.role(Role.DISTRICT_OFFICER, "530111");
        DossierRow row = dossierList.rows(DossierFilter.ofCall(call), null, 0, 50).getFirst();
        assertThat(row.id()).isEqualTo(submitted.dossierId());
        assertThat(row.name()).isEqualTo(Scenarios.eligibleContent().facts().name());
        assertThat(row.submittedVersions()).isEqualTo(1);
        assertThat(row.status()).isEqualTo(DossierStatus.SUBMITTED);
    }

    @Test
    void aPageAsksForAtMostFiveHundredLinesAndNeverBeforeTheFirst() {
        CallId call = scenario.openCall();
        draftNamed(call, "530112", "唯一载体");
        As.role(Role.DISTRICT_OFFICER, "530112");
        assertThat(dossierList.rows(DossierFilter.ofCall(call), null, -5, Integer.MAX_VALUE)).hasSize(1);
        assertThat(dossierList.rows(DossierFilter.ofCall(call), null, 0, 0)).isEmpty();
    }
}
