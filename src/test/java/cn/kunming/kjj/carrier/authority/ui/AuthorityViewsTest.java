package cn.kunming.kjj.carrier.authority.ui;

import cn.kunming.kjj.carrier.authority.AuthorityScenario;
import cn.kunming.kjj.carrier.authority.ExpertNomination;
import cn.kunming.kjj.carrier.authority.NominationStatus;
import cn.kunming.kjj.carrier.common.TenantId;
import cn.kunming.kjj.carrier.common.ui.NothingHereView;
import cn.kunming.kjj.carrier.expert.ExpertService;
import cn.kunming.kjj.carrier.review.ReviewScenario;
import cn.kunming.kjj.carrier.security.Role;
import cn.kunming.kjj.carrier.support.Fixtures;
import cn.kunming.kjj.carrier.support.KaribuTest;
import cn.kunming.kjj.carrier.support.MovableClock;
import cn.kunming.kjj.carrier.tenant.Tenant;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.stream.IntStream;

import static cn.kunming.kjj.carrier.review.ReviewScenario.DISTRICT;
import static org.assertj.core.api.Assertions.assertThat;

class AuthorityViewsTest extends KaribuTest {

    @Autowired
    ReviewScenario scenario;
    @Autowired
    AuthorityScenario authorities;
    @Autowired
    ExpertService experts;
    @Autowired
    MovableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private void switchTo(Role role, String tenant) {
        logout();
        MockVaadin.tearDown();
        setUpVaadinAgain();
        login(role, tenant);
    }

    private String text() {
        return UI.getCurrent().getCurrentView().getElement().getTextRecursively();
    }

    @Test
    void theBureauLinksAFieldAndItsAuthorityFindsTheRecommendedDossierAndOpensItWhileAnotherAuthorityCannot() {
        clock.set(LocalDate.of(2026, 6, 1).atTime(10, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant());
        ReviewScenario.Submitted s = scenario.submitted(scenario.openCall(), DISTRICT);
        scenario.recommend(s.dossierId(), DISTRICT);
        TenantId gxj = authorities.authority("市工业和信息化局");
        TenantId other = authorities.authority("市农业农村局");

        login(Role.BUREAU_OFFICER, "KMKJJ");
        FieldLinksView links = (FieldLinksView) navigate("bureau/authority-fields");
        links.field.setValue(s.field());
        Tenant authority = links.authority.getListDataView().getItems().filter(t -> t.id().equals(gxj)).findFirst()
                .orElseThrow();
        links.authority.setValue(authority);
        links.link();
        assertThat(IntStream.range(0, GridKt._size(links.grid)).mapToObj(i -> GridKt._get(links.grid, i)))
                .anySatisfy(l -> {
                    assertThat(l.field()).isEqualTo(s.field());
                    assertThat(l.authorityId()).isEqualTo(gxj);
                });

        switchTo(Role.INDUSTRY_AUTHORITY, gxj.value());
        navigate("");
        assertThat(text()).contains("待提会商意见", "领域内申报材料", s.field());
        AuthorityDossiersView list = (AuthorityDossiersView) navigate("authority/dossiers");
        assertThat(GridKt._size(list.grid)).isEqualTo(1);
        assertThat(GridKt._get(list.grid, 0).id()).isEqualTo(s.dossierId());
        assertThat(navigate("authority/dossier/" + s.dossierId())).isInstanceOf(AuthorityDossierView.class);
        assertThat(text()).contains("昆明市生物医药概念验证中心", "已推荐");

        switchTo(Role.INDUSTRY_AUTHORITY, other.value());
        AuthorityDossiersView none = (AuthorityDossiersView) navigate("authority/dossiers");
        assertThat(GridKt._size(none.grid)).isZero();
        assertThat(navigate("authority/dossier/" + s.dossierId())).isInstanceOf(NothingHereView.class);
        switchTo(Role.DISTRICT_OFFICER, DISTRICT);
        assertThat(navigate("authority/dossier/" + s.dossierId())).as("an officer is no authority")
                .isInstanceOf(NothingHereView.class);
    }

    @Test
    void anAuthorityNominatesAnExpertAndTheAcceptedNomineeJoinsThePoolUnderItsName() {
        TenantId wjw = authorities.authority("市卫生健康委员会");
        String name = Fixtures.unique("钱医生");
        login(Role.INDUSTRY_AUTHORITY, wjw.value());
        NominateExpertView form = (NominateExpertView) navigate("authority/nominations");
        form.name.setValue(name);
        form.fields.setValue("生物医药、临床研究");
        form.affiliation.setValue("昆明示范医科大学");
        form.nominate();
        assertThat(GridKt._size(form.grid)).as("refused without a reason").isZero();
        form.reason.setValue("长期从事临床试验，熟悉概念验证");
        form.nominate();
        assertThat(GridKt._size(form.grid)).isEqualTo(1);
        assertThat(GridKt._get(form.grid, 0).status()).isEqualTo(NominationStatus.PENDING);
        assertThat(form.name.getValue()).isEmpty();

        switchTo(Role.BUREAU_OFFICER, "KMKJJ");
        NominationReviewView review = (NominationReviewView) navigate("bureau/nominations");
        ExpertNomination pending = IntStream.range(0, GridKt._size(review.grid)).mapToObj(i -> GridKt._get(review.grid, i))
                .filter(n -> n.expert().name().equals(name)).findFirst().orElseThrow();
        review.accept(pending);
        assertThat(experts.nominators()).containsValue(pending.authorityName());
        assertThat(experts.all()).anySatisfy(e -> assertThat(e.name()).isEqualTo(name));
        navigate("bureau/experts");
        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.grid.Grid<Object> pool = com.github.mvysny.kaributesting.v10.LocatorJ._get(
                com.vaadin.flow.component.grid.Grid.class, spec -> { });
        assertThat(IntStream.range(0, GridKt._size(pool)).mapToObj(i -> GridKt._getFormattedRow(pool, i)))
                .anySatisfy(row -> assertThat(row).contains(name, pending.authorityName()));

        switchTo(Role.INDUSTRY_AUTHORITY, wjw.value());
        NominateExpertView again = (NominateExpertView) navigate("authority/nominations");
        assertThat(GridKt._get(again.grid, 0).status()).isEqualTo(NominationStatus.ACCEPTED);
    }

    @Test
    void theBureauDeclinesANominationWithAReasonTheAuthorityReads() {
        TenantId gxj = authorities.authority("市工业和信息化局");
        String name = Fixtures.unique("孙工");
        login(Role.INDUSTRY_AUTHORITY, gxj.value());
        NominateExpertView form = (NominateExpertView) navigate("authority/nominations");
        form.name.setValue(name);
        form.fields.setValue("智能制造");
        form.affiliation.setValue("云南示范装备集团");
        form.reason.setValue("中试工艺专家");
        form.nominate();

        switchTo(Role.BUREAU_OFFICER, "KMKJJ");
        NominationReviewView review = (NominationReviewView) navigate("bureau/nominations");
        ExpertNomination pending = IntStream.range(0, GridKt._size(review.grid)).mapToObj(i -> GridKt._get(review.grid, i))
                .filter(n -> n.expert().name().equals(name)).findFirst().orElseThrow();
        var dialog = review.decline(pending);
        dialog.confirm();
        assertThat(dialog.isOpened()).as("a reason is required").isTrue();
        com.github.mvysny.kaributesting.v10.LocatorJ._get(dialog, com.vaadin.flow.component.textfield.TextArea.class,
                spec -> { }).setValue("专家库已有同领域专家");
        dialog.confirm();
        assertThat(dialog.isOpened()).isFalse();

        switchTo(Role.INDUSTRY_AUTHORITY, gxj.value());
        NominateExpertView mine = (NominateExpertView) navigate("authority/nominations");
        assertThat(GridKt._getFormattedRow(mine.grid, 0)).contains(name, "不予采纳：专家库已有同领域专家");
    }
}
