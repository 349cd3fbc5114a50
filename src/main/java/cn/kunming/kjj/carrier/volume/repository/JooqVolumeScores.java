package cn.kunming.kjj.carrier.volume.repository;

import cn.kunming.kjj.carrier.common.CarrierKind;
import cn.kunming.kjj.carrier.common.ExpertId;
import cn.kunming.kjj.carrier.expertreview.AssignmentStatus;
import cn.kunming.kjj.carrier.expertreview.ExpertOpinion;
import cn.kunming.kjj.carrier.expertreview.SubjectType;
import cn.kunming.kjj.carrier.jooq.tables.records.ExpertAssignmentRecord;
import cn.kunming.kjj.carrier.jooq.tables.records.ExpertRecord;
import cn.kunming.kjj.carrier.volume.VolumeContent;
import cn.kunming.kjj.carrier.volume.VolumeSpec;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import static cn.kunming.kjj.carrier.jooq.Tables.EXPERT;
import static cn.kunming.kjj.carrier.jooq.Tables.EXPERT_ASSIGNMENT;

/** The volume's expert pool and the score sheets its experts submitted on the reviewed dossiers. */
@Repository
class JooqVolumeScores {

    private static final Logger log = LoggerFactory.getLogger(JooqVolumeScores.class);

    private final DSLContext dsl;
    private final JooqVolumeRows rows;
    private final JsonMapper json = JsonMapper.builder().build();

    JooqVolumeScores(DSLContext dsl, JooqVolumeRows rows) {
        this.dsl = dsl;
        this.rows = rows;
    }

    /** The pool: enough experts that none scores more than about 200 dossiers; their ids. */
    long[] experts(VolumeSpec spec, Random random, LocalDateTime now) {
        int count = Math.max(30, spec.scores() / 200);
        long first = rows.nextId(EXPERT, EXPERT.ID);
        long[] ids = new long[count];
        List<ExpertRecord> batch = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ExpertRecord r = dsl.newRecord(EXPERT);
            r.setId(ExpertId.of(first + i));
            r.setName("专家" + (i + 1));
            r.setFields(VolumeContent.FIELDS[i % VolumeContent.FIELDS.length] + "," + VolumeContent.FIELDS[random.nextInt(VolumeContent.FIELDS.length)]);
            r.setTitle(i % 3 == 0 ? "教授" : i % 3 == 1 ? "研究员" : "高级工程师");
            r.setAffiliation(VolumeContent.WORDS[i % VolumeContent.WORDS.length] + "专家单位" + i);
            r.setAffiliationCreditCode(null);
            r.setPhone("0871-5" + String.format("%07d", i));
            r.setEmail(null);
            r.setActive(true);
            r.setAccountId(null);
            r.setCreatedAt(now.minusYears(5));
            r.setVersion(0);
            batch.add(r);
            ids[i] = first + i;
        }
        rows.flush(batch);
        return ids;
    }

    /** The spec's number of submitted sheets, spread evenly over the reviewed dossiers, each expert once per dossier. */
    void scoreSheets(VolumeSpec spec, VolumeDossiers dossiers, long[] experts, Random random) {
        if (dossiers.reviewed().isEmpty()) {
            return;
        }
        long id = rows.nextId(EXPERT_ASSIGNMENT, EXPERT_ASSIGNMENT.ID);
        int per = spec.scores() / dossiers.reviewed().size();
        int extra = spec.scores() % dossiers.reviewed().size();
        List<ExpertAssignmentRecord> batch = new ArrayList<>();
        for (int d = 0; d < dossiers.reviewed().size(); d++) {
            VolumeDossiers.Reviewed dossier = dossiers.reviewed().get(d);
            int[] weights = dossier.kind() == CarrierKind.CONCEPT_CENTER ? VolumeContent.CONCEPT_WEIGHTS : VolumeContent.PILOT_WEIGHTS;
            Set<Integer> chosen = new LinkedHashSet<>();
            int wanted = Math.min(experts.length, per + (d < extra ? 1 : 0));
            while (chosen.size() < wanted) {
                chosen.add(random.nextInt(experts.length));
            }
            for (int e : chosen) {
                Map<String, Integer> scores = new LinkedHashMap<>();
                BigDecimal weighted = BigDecimal.ZERO;
                for (int k = 0; k < VolumeContent.CRITERIA.length; k++) {
                    int s = 55 + random.nextInt(41);
                    scores.put(VolumeContent.CRITERIA[k], s);
                    weighted = weighted.add(BigDecimal.valueOf((long) s * weights[k]));
                }
                weighted = weighted.divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
                ExpertAssignmentRecord r = dsl.newRecord(EXPERT_ASSIGNMENT);
                r.setId(id++);
                r.setSubjectType(SubjectType.DOSSIER);
                r.setSubjectId(dossier.id());
                r.setKind(dossier.kind());
                r.setTenantId(dossier.tenant());
                r.setUnitId(dossier.unitId());
                r.setExpertId(ExpertId.of(experts[e]));
                r.setStatus(AssignmentStatus.SUBMITTED);
                r.setAssignedBy("vol.bureau.1");
                r.setAssignedAt(dossier.saved().plusDays(20));
                r.setDeclaredAt(null);
                r.setReleasedReason(null);
                r.setScoresJson(json.writeValueAsString(scores));
                r.setComments("材料齐全，建设基础较好。");
                r.setRecommendation(weighted.compareTo(BigDecimal.valueOf(70)) >= 0 ? ExpertOpinion.SUPPORT : ExpertOpinion.OPPOSE);
                r.setWeightedScore(weighted);
                r.setSubmittedAt(dossier.saved().plusDays(30));
                r.setVersion(1);
                batch.add(r);
            }
            if (batch.size() >= 5_000) {
                rows.flush(batch);
            }
        }
        rows.flush(batch);
        log.info("volume: {} expert scores", spec.scores());
    }
}
