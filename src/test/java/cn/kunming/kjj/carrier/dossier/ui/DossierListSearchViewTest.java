package cn.kunming.kjj.carrier.dossier.ui;

import cn.kunming.kjj.carrier.common.CallId;
import cn.kunming.kjj.carrier.review.ReviewScenario;
import cn.kunming.kjj.carrier.security.Role;
import cn.kunming.kjj.carrier.support.As;
import cn.kunming.kjj.carrier.support.KaribuTest;
import cn.kunming.kjj.carrier.support.ShownTable;
import cn.kunming.kjj.carrier.tenant.HostUnitService;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** 申报材料 searches its own rows (issue 25, part 1): in the reader's scope, kept in the address, counted. */
class DossierListSearchViewTest extends KaribuTest {

    /** A county no other test uses (the three-actions count needs the list to open on its own call). */
    private static final String COUNTY = "530128";

    @Autowired
    ReviewScenario scenario;
    @Autowired
    HostUnitService units;
    @Autowired
    cn.kunming.kjj.carrier.call.CallService calls;

    /** The dossiers the page shows, as its rows' links open them. */
    private static List<cn.kunming.kjj.carrier.common.DossierId> rows(DossiersView view) {
        return ShownTable.opened(view.table, "name").stream().map(cn.kunming.kjj.carrier.common.DossierId::of).toList();
    }

    private String creditCodeOf(ReviewScenario.Submitted s) {
        As.role(Role.BUREAU_OFFICER, "KMKJJ");
        String code = units.find(s.unitId()).orElseThrow().creditCode();
        As.signOut();
        return code;
    }

    @Test
    void aSearchByCreditCodeFindsTheDossierCountsItAndBackFromItReturnsToTheSearchedList() {
        CallId call = scenario.openCall();
        ReviewScenario.Submitted wanted = scenario.submitted(call, "530102");
        scenario.submitted(call, "530102");
        String code = creditCodeOf(wanted);
        login(Role.DISTRICT_OFFICER, "530102");
        DossiersView view = as(DossiersView.class, navigate(DossierListLink.ROUTE + "?call=" + call));
        assertThat(rows(view)).hasSize(2);
        view.search.setValue(code);
        assertThat(rows(view)).containsExactly(wanted.dossierId());
        assertThat(view.count.count()).isEqualTo(1);
        assertThat(view.address.href()).contains("q=" + code, "call=" + call);

        navigate(ShownTable.opens(view.table, 0, "name"));
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("dossiers/" + wanted.dossierId());
        String back = view.address.href();
        DossiersView again = as(DossiersView.class, navigate(back));
        assertThat(again.search.getValue()).isEqualTo(code);
        assertThat(rows(again)).containsExactly(wanted.dossierId());
        assertThat(again.count.getText()).isEqualTo("共 1 条");
    }

    @Test
    void aUnitOutsideTheReadersScopeIsNotFoundByItsCreditCode() {
        CallId call = scenario.openCall();
        ReviewScenario.Submitted foreign = scenario.submitted(call, "530103");
        String code = creditCodeOf(foreign);
        login(Role.DISTRICT_OFFICER, "530102");
        DossiersView view = as(DossiersView.class, navigate(DossierListLink.ROUTE + "?call=all&q=" + code));
        assertThat(rows(view)).isEmpty();
        assertThat(view.count.count()).isZero();
        login(Role.BUREAU_OFFICER, "KMKJJ");
        DossiersView bureau = as(DossiersView.class, navigate(DossierListLink.ROUTE + "?call=all&q=" + code));
        assertThat(rows(bureau)).containsExactly(foreign.dossierId());
    }

    @Test
    void malformedInputChangesNothingAndSaysWhy() {
        CallId call = scenario.openCall();
        ReviewScenario.Submitted wanted = scenario.submitted(call, "530102");
        scenario.submitted(call, "530102");
        String code = creditCodeOf(wanted);
        login(Role.DISTRICT_OFFICER, "530102");
        DossiersView view = as(DossiersView.class, navigate(DossierListLink.ROUTE + "?call=" + call));
        view.search.setValue(code);
        String address = view.address.href();
        for (String bad : List.of("   ", "\u3000\u3000", "长".repeat(51), "滇池\u0000")) {
            view.search.setValue(bad);
            assertThat(view.search.isInvalid()).as(bad).isTrue();
            assertThat(view.search.getErrorMessage()).as(bad)
                    .isEqualTo("查找内容须为 1 至 50 个字符，不能只有空格或含控制字符；列表未改变。");
            assertThat(rows(view)).as(bad).containsExactly(wanted.dossierId());
            assertThat(view.count.count()).as(bad).isEqualTo(1);
            assertThat(view.address.href()).as(bad).isEqualTo(address);
        }
        for (String text : List.of("%", "_", "<script>alert(1)</script>")) {
            view.search.setValue(text);
            assertThat(view.search.isInvalid()).as(text).isFalse();
            assertThat(rows(view)).as(text + " is text, not a wildcard").isEmpty();
        }
        view.search.clear();
        assertThat(view.search.isInvalid()).isFalse();
        assertThat(rows(view)).as("a cleared search lists the call again").hasSize(2);
        assertThat(view.address.href()).doesNotContain("q=");

        DossiersView fromAddress = as(DossiersView.class, navigate(DossierListLink.ROUTE + "?call=" + call + "&q="
                + "x".repeat(51)));
        assertThat(fromAddress.search.getValue()).isEmpty();
        assertThat(fromAddress.search.isInvalid()).as("an address the field could not have written says why").isTrue();
        assertThat(rows(fromAddress)).hasSize(2);
    }

    /**
     * Issue 25's target "found in 3 actions", counted as ClickCountTest counts: the menu entry, the code typed into the
     * list's search, the row. The list opens on the call of the day, so no call is chosen first.
     */
    @Test
    void aDistrictFindsADossierByItsUnitsCreditCodeInThreeActions() {
        // a county no other test uses: its list opens on the call of the day whatever other tests leave waiting
        As.role(Role.BUREAU_OFFICER, "KMKJJ");
        java.time.LocalDateTime now = calls.now();
        CallId call = calls.create(new cn.kunming.kjj.carrier.call.CallDraft(now.getYear(),
                cn.kunming.kjj.carrier.support.Fixtures.unique("查找测量批次"),
                java.util.Set.of(cn.kunming.kjj.carrier.common.CarrierKind.values()), now.minusDays(1),
                now.plusDays(20), "", List.of()));
        calls.publish(call, 0);
        As.signOut();
        ReviewScenario.Submitted wanted = scenario.submitted(call, COUNTY);
        scenario.submitted(call, COUNTY);
        scenario.submitted(call, COUNTY);
        String code = creditCodeOf(wanted);
        login(Role.DISTRICT_OFFICER, COUNTY);

        int actions = 0;
        DossiersView view = as(DossiersView.class, navigate(DossierListLink.ROUTE));
        actions++;
        assertThat(view.call.getValue().id()).as("the list opens on the call of the day").isEqualTo(call);
        view.search.setValue(code);
        actions++;
        assertThat(rows(view)).containsExactly(wanted.dossierId());
        navigate(ShownTable.opens(view.table, 0, "name"));
        actions++;

        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("dossiers/" + wanted.dossierId());
        assertThat(actions).isLessThanOrEqualTo(3);
    }
}
