package cn.kunming.kjj.carrier.audit;

import cn.kunming.kjj.carrier.carrier.ManagementRecords.FilingStatus;
import cn.kunming.kjj.carrier.dossier.DossierStatus;
import cn.kunming.kjj.carrier.publicity.ObjectionStatus;
import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

/** The actions named from a status exist for every status a record can be moved to. */
class AuditActionTest {

    @Test
    void everyStatusADossierCanBeMovedToHasItsAction() {
        Arrays.stream(DossierStatus.values()).filter(s -> s != DossierStatus.DRAFT)
                .forEach(s -> assertThat(AuditAction.dossierMovedTo(s).name()).isEqualTo("DOSSIER_" + s.name()));
    }

    @Test
    void everyOutcomeOfAnObjectionAndOfAFilingHasItsAction() {
        Arrays.stream(ObjectionStatus.values()).filter(s -> s != ObjectionStatus.OPEN)
                .forEach(s -> assertThat(AuditAction.objection(s).name()).isEqualTo("OBJECTION_" + s.name()));
        Arrays.stream(FilingStatus.values())
                .forEach(s -> assertThat(AuditAction.provincial(s).name()).isEqualTo("PROVINCIAL_" + s.name()));
    }
}
