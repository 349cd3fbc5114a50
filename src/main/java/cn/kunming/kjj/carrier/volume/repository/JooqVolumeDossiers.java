package cn.kunming.kjj.carrier.volume.repository;

import cn.kunming.kjj.carrier.call.CallStatus;
import cn.kunming.kjj.carrier.common.CallId;
import cn.kunming.kjj.carrier.common.CarrierKind;
import cn.kunming.kjj.carrier.common.DossierId;
import cn.kunming.kjj.carrier.common.Sha256;
import cn.kunming.kjj.carrier.dossier.DossierStatus;
import cn.kunming.kjj.carrier.jooq.tables.records.AppCallRecord;
import cn.kunming.kjj.carrier.jooq.tables.records.CallRequiredAttachmentRecord;
import cn.kunming.kjj.carrier.jooq.tables.records.DossierAttachmentRecord;
import cn.kunming.kjj.carrier.jooq.tables.records.DossierRecord;
import cn.kunming.kjj.carrier.jooq.tables.records.DossierVersionRecord;
import cn.kunming.kjj.carrier.volume.VolumeContent;
import cn.kunming.kjj.carrier.volume.VolumeSpec;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static cn.kunming.kjj.carrier.jooq.Tables.APP_CALL;
import static cn.kunming.kjj.carrier.jooq.Tables.CALL_REQUIRED_ATTACHMENT;
import static cn.kunming.kjj.carrier.jooq.Tables.DOSSIER;
import static cn.kunming.kjj.carrier.jooq.Tables.DOSSIER_ATTACHMENT;
import static cn.kunming.kjj.carrier.jooq.Tables.DOSSIER_VERSION;

/**
 * The volume's calls and the dossiers under each, in every status of the pipeline, with their submitted versions and
 * attachments; the finished calls end in the approvals that become carriers.
 */
@Repository
class JooqVolumeDossiers {

    private static final Logger log = LoggerFactory.getLogger(JooqVolumeDossiers.class);

    private final DSLContext dsl;
    private final JooqVolumeRows rows;
    private final JsonMapper json = JsonMapper.builder().build();

    JooqVolumeDossiers(DSLContext dsl, JooqVolumeRows rows) {
        this.dsl = dsl;
        this.rows = rows;
    }

    /** Two calls a year, the last one still open on 1 November of the last year, the one before it in review. */
    List<VolumeCall> calls(VolumeSpec spec, int lastYear) {
        long first = rows.nextId(APP_CALL, APP_CALL.ID);
        List<VolumeCall> calls = new ArrayList<>();
        List<AppCallRecord> batch = new ArrayList<>();
        List<CallRequiredAttachmentRecord> required = new ArrayList<>();
        for (int i = 0; i < spec.calls(); i++) {
            int fromEnd = spec.calls() - 1 - i;
            int year = lastYear - fromEnd / 2;
            boolean second = fromEnd % 2 == 0;
            LocalDateTime opens = LocalDateTime.of(year, second ? 8 : 3, 1, 9, 0);
            LocalDateTime closes = second ? LocalDateTime.of(year, 12, 31, 17, 0) : opens.plusDays(60).withHour(17);
            VolumeCall call = new VolumeCall(first + i, year, opens, closes);
            calls.add(call);
            AppCallRecord r = dsl.newRecord(APP_CALL);
            r.setId(CallId.of(call.id()));
            r.setCallYear(year);
            r.setTitle(year + "年度昆明市概念验证中心和中试平台申报（第" + (second ? "二" : "一") + "批）");
            r.setKinds("CONCEPT_CENTER,PILOT_PLATFORM");
            r.setOpensAt(opens);
            r.setClosesAt(closes);
            r.setBody("依据《昆明市概念验证中心和中试平台建设管理办法》组织申报。");
            r.setStatus(CallStatus.PUBLISHED);
            r.setCreatedAt(opens.minusDays(10));
            r.setCreatedBy("vol.bureau.1");
            r.setPublishedAt(opens.minusDays(7));
            r.setVersion(1);
            batch.add(r);
            for (CarrierKind kind : CarrierKind.values()) {
                CallRequiredAttachmentRecord a = dsl.newRecord(CALL_REQUIRED_ATTACHMENT);
                a.setCallId(CallId.of(call.id()));
                a.setKind(kind);
                a.setCode(kind == CarrierKind.CONCEPT_CENTER ? "C1" : "P1");
                a.setName("承诺书");
                a.setSortOrder(1);
                required.add(a);
            }
        }
        rows.flush(batch);
        rows.flush(required);
        log.info("volume: {} calls", spec.calls());
        return calls;
    }

    VolumeDossiers dossiers(VolumeSpec spec, VolumeUnits units, List<VolumeCall> calls, Random random, LocalDateTime now) {
        long id = rows.nextId(DOSSIER, DOSSIER.ID);
        long attachmentId = rows.nextId(DOSSIER_ATTACHMENT, DOSSIER_ATTACHMENT.ID);
        VolumeDossiers out = new VolumeDossiers();
        List<DossierRecord> batch = new ArrayList<>();
        List<DossierVersionRecord> versions = new ArrayList<>();
        List<DossierAttachmentRecord> attachments = new ArrayList<>();
        int perCall = spec.dossiersPerCall();
        for (int c = 0; c < calls.size(); c++) {
            VolumeCall call = calls.get(c);
            int offset = random.nextInt(spec.units());
            int approvedHere = c < spec.finishedCalls() ? VolumeContent.share(spec.carriers(), spec.finishedCalls(), c) : 0;
            for (int j = 0; j < perCall; j++) {
                int unit = (offset + j) % spec.units();
                CarrierKind kind = random.nextInt(3) == 0 ? CarrierKind.PILOT_PLATFORM : CarrierKind.CONCEPT_CENTER;
                DossierStatus status = VolumeContent.status(spec, c, j, perCall, approvedHere);
                String field = VolumeContent.FIELDS[random.nextInt(VolumeContent.FIELDS.length)];
                String name = units.names()[unit].replaceAll("(科技有限公司|研究院)$", "")
                        + (kind == CarrierKind.CONCEPT_CENTER ? "概念验证中心" : "中试平台");
                // a call still open at the volume's "now" has its dossiers saved up to now, never after it
                LocalDateTime until = call.closes().isAfter(now) ? now : call.closes();
                long days = java.time.Duration.between(call.opens(), until).toDays();
                LocalDateTime saved = call.opens().plusDays(random.nextInt((int) Math.max(1, days)))
                        .plusMinutes(random.nextInt(600));
                String content = json.writeValueAsString(VolumeContent.dossier(kind, name, field, saved.toLocalDate(), random));
                DossierRecord r = dsl.newRecord(DOSSIER);
                r.setId(DossierId.of(id));
                r.setCallId(CallId.of(call.id()));
                r.setUnitId(units.ids()[unit]);
                r.setTenantId(units.tenants()[unit]);
                r.setKind(kind);
                r.setStatus(status);
                r.setContentJson(content);
                r.setLastSavedAt(saved);
                r.setLastSavedBy("vol.unit." + (unit + 1));
                r.setCreatedAt(saved.minusDays(3));
                r.setVersion(status == DossierStatus.DRAFT ? 2 : 4);
                r.setRevisionDue(status == DossierStatus.RETURNED ? saved.toLocalDate().plusDays(10) : null);
                r.setIndustryField(field);
                r.setName(name);
                batch.add(r);
                if (status != DossierStatus.DRAFT) {
                    int count = status == DossierStatus.RETURNED || random.nextInt(4) == 0 ? 2 : 1;
                    for (int n = 1; n <= count; n++) {
                        DossierVersionRecord v = dsl.newRecord(DOSSIER_VERSION);
                        v.setDossierId(DossierId.of(id));
                        v.setNumber(n);
                        v.setContentJson(content);
                        v.setRuleSetVersion("2025-1");
                        v.setEligible(true);
                        v.setFailAcknowledged(false);
                        v.setSubmittedAt(saved.minusDays(count - n));
                        v.setSubmittedBy("vol.unit." + (unit + 1));
                        v.setAttachmentsJson("[]");
                        versions.add(v);
                    }
                }
                String[] files = {"承诺书.pdf", "营业执照.pdf", "场地证明材料.pdf"};
                for (int f = 0; f < files.length; f++) {
                    DossierAttachmentRecord a = dsl.newRecord(DOSSIER_ATTACHMENT);
                    a.setId(attachmentId++);
                    a.setDossierId(DossierId.of(id));
                    a.setTenantId(units.tenants()[unit]);
                    a.setUnitId(units.ids()[unit]);
                    a.setRequirementCode(f == 0 ? (kind == CarrierKind.CONCEPT_CENTER ? "C1" : "P1") : null);
                    a.setFileName(files[f]);
                    a.setContentType("application/pdf");
                    a.setSizeBytes(50_000L + random.nextInt(3_000_000));
                    a.setSha256(Sha256.hex((id + "/" + files[f]).getBytes(StandardCharsets.UTF_8)));
                    a.setUploadedBy("vol.unit." + (unit + 1));
                    a.setUploadedAt(saved.minusDays(1));
                    a.setRemoved(false);
                    attachments.add(a);
                }
                if (status.ordinal() >= DossierStatus.UNDER_EXPERT_REVIEW.ordinal() && status != DossierStatus.WITHDRAWN) {
                    out.reviewed().add(new VolumeDossiers.Reviewed(id, kind, units.tenants()[unit], units.ids()[unit], saved));
                }
                if (status == DossierStatus.APPROVED) {
                    out.approved().add(new VolumeDossiers.Approved(id, unit, c, kind, name, field));
                }
                id++;
            }
            rows.flush(batch);
            rows.flush(versions);
            rows.flush(attachments);
            log.info("volume: call {} of {}: {} dossiers", c + 1, calls.size(), perCall);
        }
        return out;
    }
}
