package cn.kunming.kjj.carrier.volume.repository;

import cn.kunming.kjj.carrier.common.CarrierKind;
import cn.kunming.kjj.carrier.common.UnitId;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/** The generated dossiers the later parts hang their rows on: the reviewed ones get scores, the approved a carrier. */
record VolumeDossiers(List<Reviewed> reviewed, List<Approved> approved) {

    VolumeDossiers() {
        this(new ArrayList<>(), new ArrayList<>());
    }

    record Reviewed(long id, CarrierKind kind, String tenant, UnitId unitId, LocalDateTime saved) {
    }

    /** {@code unit} and {@code call} are positions in the generated units and calls. */
    record Approved(long dossier, int unit, int call, CarrierKind kind, String name, String field) {
    }
}
