package cn.kunming.kjj.carrier.dossier.ui;

import cn.kunming.kjj.carrier.common.UnitId;
import cn.kunming.kjj.carrier.common.CallId;
import cn.kunming.kjj.carrier.common.DossierId;
import cn.kunming.kjj.carrier.support.Scenarios;
import cn.kunming.kjj.carrier.call.CallService;
import cn.kunming.kjj.carrier.common.CarrierKind;
import cn.kunming.kjj.carrier.common.ui.NothingHereView;
import cn.kunming.kjj.carrier.dossier.DossierService;
import cn.kunming.kjj.carrier.dossier.DossierStatus;
import cn.kunming.kjj.carrier.security.Role;
import cn.kunming.kjj.carrier.support.As;
import cn.kunming.kjj.carrier.support.Fixtures;
import cn.kunming.kjj.carrier.support.KaribuTest;
import cn.kunming.kjj.carrier.support.ShownTable;
import cn.kunming.kjj.carrier.tenant.ActivationStatus;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

class DossierFlowTest extends KaribuTest {

    @Autowired
    CallService calls;
    @Autowired
    DossierService dossiers;
    @Autowired
    Fixtures fixtures;

    private UnitId unit;

    /** A concept-centre draft of a new unit of 五华区 under a new open call. */
    private DossierId draftOfANewUnit() {
        CallId call = Scenarios.openCall(calls);
        unit = fixtures.unit("530102", ActivationStatus.ACTIVE);
        As.user(4242, Role.APPLICANT, "530102", unit);
        DossierId id = dossiers.open(call, CarrierKind.CONCEPT_CENTER);
        As.signOut();
        return id;
    }

    private void applicant() {
        login(Role.APPLICANT, "530102", unit, 4242);
    }

    @Test
    void anApplicantStartsADossierTheDraftSurvivesALostSessionAndTheSubmittedVersionIsLocked() {
        CallId call = Scenarios.openCall(calls);
        unit = fixtures.unit("530102", ActivationStatus.ACTIVE);
        applicant();
        var mine = (MyDossiersView) navigate("my-dossiers");
        mine.call.setValue(calls.published().stream().filter(c -> c.id().equals(call)).findFirst().orElseThrow());
        mine.kind.setValue(CarrierKind.CONCEPT_CENTER);
        mine.start();
        var editor = (DossierView) com.vaadin.flow.component.UI.getCurrent().getCurrentView();
        DossierId id = dossiers.mine().getFirst().id();

        LocatorJ._get(TextField.class, spec -> spec.withLabel("拟定名称")).setValue("昆明市先进材料概念验证中心");
        assertThat(editor.savedAt.getText()).startsWith("已自动保存于");

        // the session is lost (timeout, closed tab): a new session finds the draft as it was typed
        MockVaadin.tearDown();
        setUpVaadinAgain();
        applicant();
        navigate("dossiers/" + id);
        assertThat(LocatorJ._get(TextField.class, spec -> spec.withLabel("拟定名称")).getValue())
                .isEqualTo("昆明市先进材料概念验证中心");

        // the rest of the content, then submission through the view
        As.signOut();
        applicant();
        var draft = dossiers.find(id).orElseThrow();
        dossiers.saveDraft(id, draft.version(), Scenarios.eligibleContent());
        var view = (DossierView) navigate("dossiers/" + id);
        var confirm = view.trySubmit(false);
        assertThat(dossiers.find(id).orElseThrow().status()).as("asked first, nothing sent yet").isEqualTo(DossierStatus.DRAFT);
        assertThat(LocatorJ._get(com.vaadin.flow.component.html.Paragraph.class,
                spec -> spec.withText(cn.kunming.kjj.carrier.common.Messages.chinese("dossier.submitConsequence"))))
                .isNotNull();
        confirm.confirm();
        assertThat(dossiers.find(id).orElseThrow().status()).isEqualTo(DossierStatus.SUBMITTED);
        var submitted = (DossierView) navigate("dossiers/" + id);
        assertThat(GridKt._size(submitted.versions)).isEqualTo(1);
        // the submitted facts are read, not edited: shown as text under the form's labels (issue 27)
        assertThat(LocatorJ._find(TextField.class, spec -> spec.withLabel("拟定名称"))).isEmpty();
        assertThat(LocatorJ._get(cn.kunming.kjj.carrier.eligibility.ui.FactsSummary.class).getElement()
                .getProperty("innerHTML")).contains("<dt>拟定名称</dt>",
                "<dd>" + Scenarios.eligibleContent().facts().name() + "</dd>");
    }

    @Test
    void submittingWithAFailedConditionAsksForTheAcknowledgementAndSaysTheConsequenceAsAlways() {
        DossierId id = draftOfANewUnit();
        As.user(4242, Role.APPLICANT, "530102", unit);
        var eligible = Scenarios.eligibleContent();
        var f = eligible.facts();
        var smallSite = new cn.kunming.kjj.carrier.eligibility.Facts(f.kind(), f.name(), f.submittedOn(), f.hostType(),
                f.independentLegalPerson(), f.registeredInKunming(), new java.math.BigDecimal("199"), f.operatingTeam(),
                f.headExperienced(), f.advisors(), f.techBrokers(), f.reserveProjects(), f.servicesInLastTwoYears(),
                f.seriousDishonestyListed(), f.majorIncidentInLastYear(), f.poc(), f.pilot());
        dossiers.saveDraft(id, dossiers.find(id).orElseThrow().version(), new cn.kunming.kjj.carrier.dossier.DossierContent(
                smallSite, eligible.services(), eligible.managementSystems(), eligible.commitment()));
        As.signOut();

        applicant();
        var dialog = ((DossierView) navigate("dossiers/" + id)).trySubmit(false);
        assertThat(LocatorJ._find(dialog, com.vaadin.flow.component.checkbox.Checkbox.class)).hasSize(1);
        assertThat(dialog.getElement().getTextRecursively()).as("what submitting does, also when conditions fail")
                .contains(cn.kunming.kjj.carrier.common.Messages.chinese("dossier.submitConsequence"));
        assertThat(dossiers.find(id).orElseThrow().status()).isEqualTo(DossierStatus.DRAFT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"-1", "-100", "1000000000.5", "0.00001"})
    void aFigureThatCannotBeTrueIsMarkedAtItsFieldAndTheDraftStillOpensInANewSession(String figure) {
        DossierId id = draftOfANewUnit();
        applicant();
        navigate("dossiers/" + id);
        var area = LocatorJ._get(com.vaadin.flow.component.textfield.BigDecimalField.class,
                spec -> spec.withLabel("服务场地面积"));
        area.setValue(new java.math.BigDecimal(figure));
        assertThat(area.isInvalid()).isTrue();
        assertThat(area.getErrorMessage()).isNotBlank();

        // the session ends; the stored draft still opens and says what is wrong
        MockVaadin.tearDown();
        setUpVaadinAgain();
        applicant();
        assertThat(navigate("dossiers/" + id)).isInstanceOf(DossierView.class);
        var again = LocatorJ._get(com.vaadin.flow.component.textfield.BigDecimalField.class,
                spec -> spec.withLabel("服务场地面积"));
        assertThat(again.isInvalid()).isTrue();
        assertThat(LocatorJ._find(com.vaadin.flow.component.html.ListItem.class))
                .anySatisfy(item -> assertThat(item.getText()).isNotBlank());
    }

    /**
     * A figure that no browser field lets through, sent below the UI (a forged UIDL message) and stored: showing it
     * would write out a billion digits. The draft opens all the same, the field empty and marked.
     */
    @ParameterizedTest
    @ValueSource(strings = {"1E+999999999", "1E-999999999"})
    void aStoredFigureNoFieldLetsThroughDoesNotHangTheEditor(String figure) {
        DossierId id = draftOfANewUnit();
        As.user(4242, Role.APPLICANT, "530102", unit);
        var draft = dossiers.find(id).orElseThrow();
        var eligible = Scenarios.eligibleContent();
        var f = eligible.facts();
        var absurd = new cn.kunming.kjj.carrier.eligibility.Facts(f.kind(), f.name(), f.submittedOn(), f.hostType(),
                f.independentLegalPerson(), f.registeredInKunming(), new java.math.BigDecimal(figure), f.operatingTeam(),
                f.headExperienced(), f.advisors(), f.techBrokers(), f.reserveProjects(), f.servicesInLastTwoYears(),
                f.seriousDishonestyListed(), f.majorIncidentInLastYear(), f.poc(), f.pilot());
        dossiers.saveDraft(id, draft.version(), new cn.kunming.kjj.carrier.dossier.DossierContent(absurd,
                eligible.services(), eligible.managementSystems(), eligible.commitment()));
        As.signOut();

        applicant();
        assertThat(navigate("dossiers/" + id)).isInstanceOf(DossierView.class);
        var area = LocatorJ._get(com.vaadin.flow.component.textfield.BigDecimalField.class,
                spec -> spec.withLabel("服务场地面积"));
        assertThat(area.getValue()).isNull();
        assertThat(area.isInvalid()).isTrue();
    }

    @Test
    void theWindowTitleNamesTheUnitsDossiersForItsApplicantAndTheDossierForAnOfficer() {
        DossierId id = draftOfANewUnit();

        applicant();
        navigate("dossiers/" + id);
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("本单位申报");

        login(Role.DISTRICT_OFFICER, "530102");
        navigate("dossiers/" + id);
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("申报书");
    }

    @Test
    void anotherUnitsApplicantAndAnotherDistrictOpeningTheDossierByItsAddressFindNothing() {
        DossierId id = draftOfANewUnit();

        login(Role.APPLICANT, "530102", fixtures.unit("530102", ActivationStatus.ACTIVE), 4343);
        assertThat(navigate("dossiers/" + id)).isInstanceOf(NothingHereView.class);
        logout();
        login(Role.DISTRICT_OFFICER, "530103");
        assertThat(navigate("dossiers/" + id)).isInstanceOf(NothingHereView.class);
        assertThat(navigate("dossiers/" + Long.MAX_VALUE)).isInstanceOf(NothingHereView.class);
        logout();
        login(Role.DISTRICT_OFFICER, "530102");
        assertThat(navigate("dossiers/" + id)).isInstanceOf(DossierView.class);
    }

    @Test
    void aDistrictSeesItsOwnTenantsDossiersOfACallAndTheBureauSeesAll() {
        CallId call = Scenarios.openCall(calls);
        unit = fixtures.unit("530102", ActivationStatus.ACTIVE);
        As.user(4242, Role.APPLICANT, "530102", unit);
        DossierId own = dossiers.open(call, CarrierKind.CONCEPT_CENTER);
        As.user(4343, Role.APPLICANT, "530103", fixtures.unit("530103", ActivationStatus.ACTIVE));
        DossierId foreign = dossiers.open(call, CarrierKind.CONCEPT_CENTER);
        As.signOut();

        login(Role.DISTRICT_OFFICER, "530102");
        var list = (DossiersView) navigate("call-dossiers");
        list.call.setValue(list.call.getListDataView().getItems().filter(c -> c.id().equals(call)).findFirst().orElseThrow());
        var ids = ShownTable.opened(list.table, "name").stream().map(DossierId::of).toList();
        assertThat(ids).contains(own).doesNotContain(foreign);
        logout();
        MockVaadin.tearDown();
        setUpVaadinAgain();
        login(Role.BUREAU_OFFICER, "KMKJJ");
        var all = (DossiersView) navigate("call-dossiers");
        all.call.setValue(all.call.getListDataView().getItems().filter(c -> c.id().equals(call)).findFirst().orElseThrow());
        var allIds = ShownTable.opened(all.table, "name").stream().map(DossierId::of).toList();
        assertThat(allIds).contains(own, foreign);
    }

    @Test
    void anUploadDisguisedByItsExtensionIsRefusedInChineseAndARealOneSatisfiesTheRequirement() {
        As.role(Role.BUREAU_OFFICER, "KMKJJ");
        var now = calls.now();
        CallId call = calls.create(new cn.kunming.kjj.carrier.call.CallDraft(now.getYear(), Fixtures.unique("通知"),
                java.util.Set.of(CarrierKind.CONCEPT_CENTER), now.minusDays(1), now.plusDays(5), "",
                java.util.List.of(new cn.kunming.kjj.carrier.call.RequiredAttachment(CarrierKind.CONCEPT_CENTER, "C1", "承诺书"))));
        calls.publish(call, 0);
        unit = fixtures.unit("530102", ActivationStatus.ACTIVE);
        As.user(4242, Role.APPLICANT, "530102", unit);
        DossierId id = dossiers.open(call, CarrierKind.CONCEPT_CENTER);
        As.signOut();

        applicant();
        var view = (DossierView) navigate("dossiers/" + id);
        view.attachments.receive("C1", cn.kunming.kjj.carrier.support.SampleFiles.upload("伪装.pdf", cn.kunming.kjj.carrier.support.SampleFiles.png()));
        com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications("附件“伪装.pdf”的扩展名与其内容（PNG）不符，未上传。");
        assertThat(view.missing.getElement().getTextRecursively()).contains("请上传申报通知要求的必备附件“承诺书”");
        view.attachments.receive("C1", cn.kunming.kjj.carrier.support.SampleFiles.upload("承诺书.pdf", cn.kunming.kjj.carrier.support.SampleFiles.pdf()));
        assertThat(view.missing.getElement().getTextRecursively()).doesNotContain("必备附件");
        assertThat(dossiers.attachments(id)).extracting(a -> a.fileName()).containsExactly("承诺书.pdf");
    }

    @Test
    void peopleAreEnteredOnceTheTeamCountsFollowTheListsAndAreSaved() {
        DossierId id = draftOfANewUnit();

        applicant();
        var view = (DossierView) navigate("dossiers/" + id);
        view.advisors.name.setValue("周顾问");
        view.advisors.role.setValue("知识产权");
        view.advisors.add();
        view.advisors.name.setValue("吴经纪");
        view.advisors.broker.setValue(true);
        view.advisors.add();
        view.team.name.setValue("郑主任");
        view.team.add();

        var saved = dossiers.find(id).orElseThrow().content();
        assertThat(saved.advisors()).extracting(m -> m.name()).containsExactly("周顾问", "吴经纪");
        assertThat(saved.facts().advisors()).isEqualTo(2);
        assertThat(saved.facts().techBrokers()).isEqualTo(1);
        assertThat(saved.facts().operatingTeam()).isEqualTo(1);
        assertThat(dossiers.check(id).missing()).extracting(m -> m.key()).doesNotContain("dossier.missing.teamCounts");
    }

    @Test
    void aPersonsRowIsChangedInPlaceKeepsItsPositionAndIsSavedWhileABlankNameIsRefused() {
        DossierId id = draftOfANewUnit();

        applicant();
        var view = (DossierView) navigate("dossiers/" + id);
        view.advisors.name.setValue("周顾问");
        view.advisors.add();
        view.advisors.name.setValue("吴顾问");
        view.advisors.add();
        var first = view.advisors.people().getFirst();

        var blank = view.advisors.edit(first, true);
        com.github.mvysny.kaributesting.v10.LocatorJ._get(blank, com.vaadin.flow.component.textfield.TextField.class,
                spec -> spec.withLabel("姓名")).setValue(" ");
        blank.confirm();
        assertThat(blank.isOpened()).as("a blank name is refused and the dialog stays").isTrue();
        blank.close();

        var dialog = view.advisors.edit(first, true);
        com.github.mvysny.kaributesting.v10.LocatorJ._get(dialog, com.vaadin.flow.component.textfield.TextField.class,
                spec -> spec.withLabel("岗位或专业方向")).setValue("知识产权");
        com.github.mvysny.kaributesting.v10.LocatorJ._get(dialog, com.vaadin.flow.component.checkbox.Checkbox.class,
                spec -> spec.withLabel("技术经纪（经理）人")).setValue(true);
        dialog.confirm();

        var saved = dossiers.find(id).orElseThrow().content();
        assertThat(saved.advisors()).extracting(m -> m.name() + "/" + m.role() + "/" + m.techBroker())
                .containsExactly("周顾问/知识产权/true", "吴顾问//false");
        assertThat(saved.facts().techBrokers()).isEqualTo(1);
    }
}
