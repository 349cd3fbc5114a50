package cn.kunming.kjj.carrier.authority;

import cn.kunming.kjj.carrier.carrier.Carrier;
import cn.kunming.kjj.carrier.common.CallId;
import cn.kunming.kjj.carrier.common.NotFoundException;
import cn.kunming.kjj.carrier.common.TenantId;
import cn.kunming.kjj.carrier.dossier.DossierListService;
import cn.kunming.kjj.carrier.dossier.DossierFilter;
import cn.kunming.kjj.carrier.dossier.DossierRow;
import cn.kunming.kjj.carrier.dossier.DossierStatus;
import cn.kunming.kjj.carrier.review.ReviewScenario;
import cn.kunming.kjj.carrier.security.Role;
import cn.kunming.kjj.carrier.security.TenantScope;
import cn.kunming.kjj.carrier.support.As;
import cn.kunming.kjj.carrier.support.MovableClock;
import cn.kunming.kjj.carrier.support.PortalSpringTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;

import static cn.kunming.kjj.carrier.review.ReviewScenario.DISTRICT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * An industry authority reads the dossiers of the fields the bureau links it to from the district's recommendation on,
 * and the carriers of those fields — through its own queries; its tenant scope stays None (decision 0030).
 */
@PortalSpringTest
@Transactional
class IndustryAuthorityReadingTest {

    @Autowired
    AuthorityScenario authorities;
    @Autowired
    ReviewScenario scenario;
    @Autowired
    AuthorityReadingService reading;
    @Autowired
    DossierListService dossierList;
    @Autowired
    MovableClock clock;

    @AfterEach
    void reset() {
        As.signOut();
        clock.reset();
    }

    private void today(LocalDate day) {
        clock.set(day.atTime(10, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant());
    }

    @Test
    void aSubmittedDossierIsHiddenFromItsFieldsAuthorityUntilTheDistrictRecommendsIt() {
        today(LocalDate.of(2026, 6, 1));
        CallId call = scenario.openCall();
        ReviewScenario.Submitted s = scenario.submitted(call, DISTRICT);
        TenantId authority = authorities.authority("市工业和信息化局");
        authorities.link(authority, s.field());

        authorities.signIn(authority);
        assertThat(reading.dossiers()).isEmpty();
        assertThatThrownBy(() -> reading.dossier(s.dossierId())).isInstanceOf(NotFoundException.class);

        scenario.recommend(s.dossierId(), DISTRICT);
        authorities.signIn(authority);
        assertThat(reading.dossiers()).singleElement().satisfies(d -> {
            assertThat(d.id()).isEqualTo(s.dossierId());
            assertThat(d.status()).isEqualTo(DossierStatus.RECOMMENDED);
        });
        DossierReading r = reading.dossier(s.dossierId());
        assertThat(r.version().content().industryField()).isEqualTo(s.field());
        assertThat(r.version().number()).isEqualTo(1);
    }

    @Test
    void anAuthorityOfAnotherFieldFindsNothingOfTheDossierOrItsCarrier() {
        today(LocalDate.of(2026, 3, 2));
        CallId call = scenario.openCall();
        ReviewScenario.Submitted s = scenario.submitted(call, DISTRICT);
        scenario.recommend(s.dossierId(), DISTRICT);
        TenantId own = authorities.authority("市卫生健康委员会");
        TenantId other = authorities.authority("市农业农村局");
        authorities.link(own, s.field());
        authorities.link(other, s.field() + "（其他）");

        authorities.signIn(other);
        assertThat(reading.dossiers()).isEmpty();
        assertThat(reading.carriers()).isEmpty();
        assertThatThrownBy(() -> reading.dossier(s.dossierId())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> reading.attachment(s.dossierId(), 1)).isInstanceOf(NotFoundException.class);
        authorities.signIn(own);
        assertThat(reading.dossiers()).extracting(DossierRow::id).containsExactly(s.dossierId());
    }

    @Test
    void everyStatusFromRecommendationOnIsReadAndNoneBeforeItNorANotRecommendedOrWithdrawnDossier() {
        assertThat(EnumSet.allOf(DossierStatus.class).stream().filter(DossierStatus::recommendedOrLater).toList())
                .containsExactly(DossierStatus.RECOMMENDED, DossierStatus.UNDER_EXPERT_REVIEW, DossierStatus.REVIEWED,
                        DossierStatus.PROPOSED, DossierStatus.REJECTED, DossierStatus.IN_PUBLIC_NOTICE,
                        DossierStatus.APPROVED);
    }

    @Test
    void theCarriersOfItsFieldsAreReadWhateverTheirDistrict() {
        AuthorityScenario.CarrierWithReport c = authorities.submittedReport(clock);
        TenantId authority = authorities.authority("市工业和信息化局");
        authorities.link(authority, c.carrier().industryField());
        authorities.signIn(authority);
        assertThat(reading.carriers()).extracting(Carrier::id).containsExactly(c.carrier().id());
        assertThat(reading.dossiers()).extracting(DossierRow::status).containsExactly(DossierStatus.APPROVED);
    }

    @Test
    void anAuthorityReadsOnTheLastDayOfItsValidityAndNothingTheDayAfter() {
        today(LocalDate.of(2026, 6, 1));
        ReviewScenario.Submitted s = scenario.submitted(scenario.openCall(), DISTRICT);
        scenario.recommend(s.dossierId(), DISTRICT);
        TenantId authority = authorities.authority("市工业和信息化局", LocalDate.of(2026, 6, 30));
        authorities.link(authority, s.field());

        today(LocalDate.of(2026, 6, 30));
        authorities.signIn(authority);
        assertThat(reading.dossiers()).hasSize(1);
        today(LocalDate.of(2026, 7, 1));
        assertThat(reading.dossiers()).isEmpty();
        assertThatThrownBy(() -> reading.dossier(s.dossierId())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void theAuthorityHasNoTenantScopeSoTheOfficersListsAreClosedToIt() {
        today(LocalDate.of(2026, 6, 1));
        TenantId authority = authorities.authority("市工业和信息化局");
        assertThat(authorities.signIn(authority).scope()).isInstanceOf(TenantScope.None.class);
        assertThatThrownBy(() -> dossierList.count(DossierFilter.none()))
                .isInstanceOf(AuthorizationDeniedException.class);
        As.role(Role.BUREAU_OFFICER, "KMKJJ");
        assertThatThrownBy(() -> reading.dossiers()).isInstanceOf(AuthorizationDeniedException.class);
    }
}
