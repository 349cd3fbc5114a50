package cn.kunming.kjj.carrier.volume.repository;

import cn.kunming.kjj.carrier.common.AccountId;
import org.jspecify.annotations.Nullable;
import cn.kunming.kjj.carrier.common.UnitId;
import cn.kunming.kjj.carrier.common.CarrierId;
import cn.kunming.kjj.carrier.common.CallId;
import cn.kunming.kjj.carrier.common.ReportId;
import cn.kunming.kjj.carrier.common.ExpertId;
import cn.kunming.kjj.carrier.common.DossierId;
import cn.kunming.kjj.carrier.carrier.ManagementRecords.SubsidyStatus;
import cn.kunming.kjj.carrier.annualreport.ReportStatus;
import cn.kunming.kjj.carrier.carrier.CarrierStatus;
import cn.kunming.kjj.carrier.expertreview.ExpertOpinion;
import cn.kunming.kjj.carrier.expertreview.AssignmentStatus;
import cn.kunming.kjj.carrier.expertreview.SubjectType;
import cn.kunming.kjj.carrier.call.CallStatus;
import cn.kunming.kjj.carrier.security.AccountStatus;
import cn.kunming.kjj.carrier.security.Role;
import cn.kunming.kjj.carrier.tenant.ActivationStatus;
import cn.kunming.kjj.carrier.tenant.RegistrationStatus;
import cn.kunming.kjj.carrier.tenant.TenantType;
import cn.kunming.kjj.carrier.volume.VolumeContent;
import cn.kunming.kjj.carrier.common.CarrierKind;
import cn.kunming.kjj.carrier.common.Sha256;
import cn.kunming.kjj.carrier.common.UnifiedSocialCreditCode;
import cn.kunming.kjj.carrier.dossier.DossierStatus;
import cn.kunming.kjj.carrier.jooq.tables.records.AccountRecord;
import cn.kunming.kjj.carrier.jooq.tables.records.AnnualReportRecord;
import cn.kunming.kjj.carrier.jooq.tables.records.AnnualReportVersionRecord;
import cn.kunming.kjj.carrier.jooq.tables.records.AppCallRecord;
import cn.kunming.kjj.carrier.jooq.tables.records.CallRequiredAttachmentRecord;
import cn.kunming.kjj.carrier.jooq.tables.records.CarrierRecord;
import cn.kunming.kjj.carrier.jooq.tables.records.DossierAttachmentRecord;
import cn.kunming.kjj.carrier.jooq.tables.records.DossierRecord;
import cn.kunming.kjj.carrier.jooq.tables.records.DossierVersionRecord;
import cn.kunming.kjj.carrier.jooq.tables.records.ExpertRecord;
import cn.kunming.kjj.carrier.jooq.tables.records.HostUnitRecord;
import cn.kunming.kjj.carrier.jooq.tables.records.ExpertAssignmentRecord;
import cn.kunming.kjj.carrier.jooq.tables.records.SubsidyRecord;
import cn.kunming.kjj.carrier.tenant.UnitType;
import cn.kunming.kjj.carrier.volume.VolumeSpec;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.SQLDialect;
import org.jooq.Table;
import org.jooq.TableField;
import org.jooq.TableRecord;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import static cn.kunming.kjj.carrier.jooq.Tables.ACCOUNT;
import static cn.kunming.kjj.carrier.jooq.Tables.ANNUAL_REPORT;
import static cn.kunming.kjj.carrier.jooq.Tables.ANNUAL_REPORT_VERSION;
import static cn.kunming.kjj.carrier.jooq.Tables.APP_CALL;
import static cn.kunming.kjj.carrier.jooq.Tables.CALL_REQUIRED_ATTACHMENT;
import static cn.kunming.kjj.carrier.jooq.Tables.CARRIER;
import static cn.kunming.kjj.carrier.jooq.Tables.DOSSIER;
import static cn.kunming.kjj.carrier.jooq.Tables.DOSSIER_ATTACHMENT;
import static cn.kunming.kjj.carrier.jooq.Tables.DOSSIER_VERSION;
import static cn.kunming.kjj.carrier.jooq.Tables.EXPERT;
import static cn.kunming.kjj.carrier.jooq.Tables.HOST_UNIT;
import static cn.kunming.kjj.carrier.jooq.Tables.EXPERT_ASSIGNMENT;
import static cn.kunming.kjj.carrier.jooq.Tables.SUBSIDY;
import static cn.kunming.kjj.carrier.jooq.Tables.TENANT;

/**
 * Writes a deterministic multi-year volume (issue 14) in multi-row inserts: the same spec gives the same rows on H2
 * and on MariaDB. Ids are given, not generated, so that versions, attachments and scores can name their dossier
 * without a round trip. What the rows say comes from {@link VolumeContent}; the audit history is written by
 * {@link JooqVolumeAuditTrail}.
 */
@Repository
public class JooqVolumeGenerator {

    private static final Logger log = LoggerFactory.getLogger(JooqVolumeGenerator.class);

    private final DSLContext dsl;
    private final JsonMapper json = JsonMapper.builder().build();

    private final JooqVolumeAuditTrail auditTrail;

    JooqVolumeGenerator(DSLContext dsl, JooqVolumeAuditTrail auditTrail) {
        this.dsl = dsl;
        this.auditTrail = auditTrail;
    }

    /** True when a volume of this size is already there (the generator then leaves the database alone). */
    public boolean present(VolumeSpec spec) {
        return dsl.fetchCount(DOSSIER) >= spec.dossiers();
    }

    /** Generates everything; the password hash is given to every generated account (the demo password). */
    public void generate(VolumeSpec spec, String passwordHash, int lastYear) {
        Random random = new Random(spec.seed());
        List<String> tenants = dsl.select(TENANT.ID).from(TENANT)
                .where(TENANT.TENANT_TYPE.notIn(TenantType.BUREAU, TenantType.INDUSTRY_AUTHORITY))
                .orderBy(TENANT.SORT_ORDER).fetch(TENANT.ID);
        String bureau = dsl.select(TENANT.ID).from(TENANT).where(TENANT.TENANT_TYPE.eq(TenantType.BUREAU)).fetchSingle().value1();
        LocalDateTime now = LocalDateTime.of(lastYear, 11, 1, 9, 0);

        Units units = units(spec, tenants, random, now);
        accounts(spec, tenants, bureau, units, passwordHash, now);
        List<Call> calls = calls(spec, lastYear);
        long[] experts = experts(spec, random, now);
        Dossiers dossiers = dossiers(spec, units, calls, random);
        assignments(spec, dossiers, experts, random);
        carriers(spec, dossiers, units, calls, random, lastYear);
        auditTrail.append(spec, tenants, random, LocalDateTime.of(lastYear - calls.size() / 2, 1, 5, 8, 0), now);
        restartIdentities();
        auditTrail.restartIdentity();
    }

    private record Units(UnitId[] ids, String[] tenants, String[] names) {
    }

    private Units units(VolumeSpec spec, List<String> tenants, Random random, LocalDateTime now) {
        long first = nextId(HOST_UNIT, HOST_UNIT.ID);
        Units units = new Units(new UnitId[spec.units()], new String[spec.units()], new String[spec.units()]);
        List<HostUnitRecord> rows = new ArrayList<>();
        UnitType[] types = UnitType.values();
        for (int i = 0; i < spec.units(); i++) {
            // the city's districts hold most units: a tenant is drawn with a weight falling along the list
            int t = Math.min(tenants.size() - 1, (int) Math.floor(Math.abs(random.nextGaussian()) * tenants.size() / 2.5));
            String tenant = tenants.get(t);
            String name = VolumeContent.WORDS[random.nextInt(VolumeContent.WORDS.length)] + VolumeContent.FIELDS[random.nextInt(VolumeContent.FIELDS.length)]
                    + String.format("%04d", i) + (i % 9 == 0 ? "研究院" : "科技有限公司");
            String first17 = "915301" + String.format("%02d", t) + String.format("%09d", i);
            HostUnitRecord r = dsl.newRecord(HOST_UNIT);
            r.setId(UnitId.of(first + i));
            r.setName(name);
            r.setCreditCode(first17 + UnifiedSocialCreditCode.expectedCheckCharacter(first17));
            r.setCreditCodeOverride(false);
            r.setUnitType((i % 9 == 0 ? UnitType.RESEARCH_INSTITUTE : types[i % 5 == 0 ? random.nextInt(types.length)
                    : 0]));
            r.setRegistrationStatus(RegistrationStatus.ACTIVE);
            r.setTenantId(tenant);
            r.setAddress("云南省昆明市" + VolumeContent.WORDS[i % VolumeContent.WORDS.length] + "路" + (i % 300 + 1) + "号");
            r.setLegalRepresentative("法定代表人" + i);
            r.setContactName("联系人" + i);
            r.setContactPhone("0871-6" + String.format("%07d", i));
            r.setActivationStatus(ActivationStatus.ACTIVE);
            r.setClaimedCreditCode(r.getCreditCode());
            r.setCreatedAt(now.minusYears(5).plusMinutes(i));
            r.setVersion(0);
            r.setDecidedBy(null);
            r.setDecidedAt(null);
            r.setRejectionReason(null);
            add(rows, r);
            units.ids[i] = UnitId.of(first + i);
            units.tenants[i] = tenant;
            units.names[i] = name;
        }
        flush(rows);
        log.info("volume: {} host units", spec.units());
        return units;
    }

    private void accounts(VolumeSpec spec, List<String> tenants, String bureau, Units units, String hash,
                          LocalDateTime now) {
        List<AccountRecord> rows = new ArrayList<>();
        long id = nextId(ACCOUNT, ACCOUNT.ID);
        for (String tenant : tenants) {
            for (int n = 1; n <= spec.officersPerTenant(); n++) {
                add(rows, account(id++, "vol." + tenant.toLowerCase() + "." + n, "区县经办人" + n, Role.DISTRICT_OFFICER,
                        tenant, null, hash, now));
            }
        }
        for (int n = 1; n <= spec.officersPerTenant(); n++) {
            add(rows, account(id++, "vol.bureau." + n, "市科技局经办人" + n, Role.BUREAU_OFFICER, bureau, null, hash, now));
        }
        for (int i = 0; i < spec.units(); i++) {
            add(rows, account(id++, "vol.unit." + (i + 1), "申报经办人" + (i + 1), Role.APPLICANT, units.tenants[i],
                    units.ids[i], hash, now));
        }
        int count = rows.size();
        flush(rows);
        log.info("volume: {} accounts", count);
    }

    private AccountRecord account(long id, String username, String name, Role role, String tenant, @Nullable UnitId unit,
                                  String hash, LocalDateTime now) {
        AccountRecord r = dsl.newRecord(ACCOUNT);
        r.setId(AccountId.of(id));
        r.setUsername(username);
        r.setDisplayName(name);
        r.setPasswordHash(hash);
        r.setRole(role);
        r.setTenantId(tenant);
        r.setUnitId(unit);
        r.setStatus(AccountStatus.ACTIVE);
        r.setEmail(null);
        r.setFailedAttempts(0);
        r.setLockedUntil(null);
        r.setCreatedAt(now);
        r.setPasswordChangedAt(now);
        r.setVersion(0);
        return r;
    }

    private record Call(long id, int year, LocalDateTime opens, LocalDateTime closes) {
    }

    /** Two calls a year, the last one still open on 1 November of the last year, the one before it in review. */
    private List<Call> calls(VolumeSpec spec, int lastYear) {
        long first = nextId(APP_CALL, APP_CALL.ID);
        List<Call> calls = new ArrayList<>();
        List<AppCallRecord> rows = new ArrayList<>();
        List<CallRequiredAttachmentRecord> required = new ArrayList<>();
        for (int i = 0; i < spec.calls(); i++) {
            int fromEnd = spec.calls() - 1 - i;
            int year = lastYear - fromEnd / 2;
            boolean second = fromEnd % 2 == 0;
            LocalDateTime opens = LocalDateTime.of(year, second ? 8 : 3, 1, 9, 0);
            LocalDateTime closes = second ? LocalDateTime.of(year, 12, 31, 17, 0) : opens.plusDays(60).withHour(17);
            Call call = new Call(first + i, year, opens, closes);
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
            rows.add(r);
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
        flush(rows);
        flush(required);
        log.info("volume: {} calls", spec.calls());
        return calls;
    }

    private long[] experts(VolumeSpec spec, Random random, LocalDateTime now) {
        int count = Math.max(30, spec.scores() / 200);
        long first = nextId(EXPERT, EXPERT.ID);
        long[] ids = new long[count];
        List<ExpertRecord> rows = new ArrayList<>();
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
            add(rows, r);
            ids[i] = first + i;
        }
        flush(rows);
        return ids;
    }

    /** The generated dossiers the later steps hang their rows on. */
    private record Dossiers(List<Reviewed> reviewed, List<Long> approved, Map<Long, Approved> approvedRows) {
    }

    private record Reviewed(long id, CarrierKind kind, String tenant, UnitId unitId, LocalDateTime saved) {
    }

    private record Approved(int unit, int call, CarrierKind kind, String name, String field) {
    }

    private Dossiers dossiers(VolumeSpec spec, Units units, List<Call> calls, Random random) {
        long id = nextId(DOSSIER, DOSSIER.ID);
        long attachmentId = nextId(DOSSIER_ATTACHMENT, DOSSIER_ATTACHMENT.ID);
        Dossiers out = new Dossiers(new ArrayList<>(), new ArrayList<>(), new LinkedHashMap<>());
        List<DossierRecord> rows = new ArrayList<>();
        List<DossierVersionRecord> versions = new ArrayList<>();
        List<DossierAttachmentRecord> attachments = new ArrayList<>();
        int perCall = spec.dossiersPerCall();
        for (int c = 0; c < calls.size(); c++) {
            Call call = calls.get(c);
            int offset = random.nextInt(spec.units());
            int approvedHere = c < spec.finishedCalls() ? VolumeContent.share(spec.carriers(), spec.finishedCalls(), c) : 0;
            for (int j = 0; j < perCall; j++) {
                int unit = (offset + j) % spec.units();
                CarrierKind kind = random.nextInt(3) == 0 ? CarrierKind.PILOT_PLATFORM : CarrierKind.CONCEPT_CENTER;
                DossierStatus status = VolumeContent.status(spec, c, j, perCall, approvedHere);
                String field = VolumeContent.FIELDS[random.nextInt(VolumeContent.FIELDS.length)];
                String name = units.names[unit].replaceAll("(科技有限公司|研究院)$", "")
                        + (kind == CarrierKind.CONCEPT_CENTER ? "概念验证中心" : "中试平台");
                long days = java.time.Duration.between(call.opens(), call.closes()).toDays();
                LocalDateTime saved = call.opens().plusDays(random.nextInt((int) Math.max(1, days)))
                        .plusMinutes(random.nextInt(600));
                String content = json.writeValueAsString(VolumeContent.dossier(kind, name, field, saved.toLocalDate(), random));
                DossierRecord r = dsl.newRecord(DOSSIER);
                r.setId(DossierId.of(id));
                r.setCallId(CallId.of(call.id()));
                r.setUnitId(units.ids[unit]);
                r.setTenantId(units.tenants[unit]);
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
                add(rows, r);
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
                        add(versions, v);
                    }
                }
                String[] files = {"承诺书.pdf", "营业执照.pdf", "场地证明材料.pdf"};
                for (int f = 0; f < files.length; f++) {
                    DossierAttachmentRecord a = dsl.newRecord(DOSSIER_ATTACHMENT);
                    a.setId(attachmentId++);
                    a.setDossierId(DossierId.of(id));
                    a.setTenantId(units.tenants[unit]);
                    a.setUnitId(units.ids[unit]);
                    a.setRequirementCode(f == 0 ? (kind == CarrierKind.CONCEPT_CENTER ? "C1" : "P1") : null);
                    a.setFileName(files[f]);
                    a.setContentType("application/pdf");
                    a.setSizeBytes(50_000L + random.nextInt(3_000_000));
                    a.setSha256(Sha256.hex((id + "/" + files[f]).getBytes(StandardCharsets.UTF_8)));
                    a.setUploadedBy("vol.unit." + (unit + 1));
                    a.setUploadedAt(saved.minusDays(1));
                    a.setRemoved(false);
                    add(attachments, a);
                }
                if (status.ordinal() >= DossierStatus.UNDER_EXPERT_REVIEW.ordinal() && status != DossierStatus.WITHDRAWN) {
                    out.reviewed.add(new Reviewed(id, kind, units.tenants[unit], units.ids[unit], saved));
                }
                if (status == DossierStatus.APPROVED) {
                    out.approved.add(id);
                    out.approvedRows.put(id, new Approved(unit, c, kind, name, field));
                }
                id++;
            }
            flush(rows);
            flush(versions);
            flush(attachments);
            log.info("volume: call {} of {}: {} dossiers", c + 1, calls.size(), perCall);
        }
        return out;
    }

    private void assignments(VolumeSpec spec, Dossiers dossiers, long[] experts, Random random) {
        if (dossiers.reviewed.isEmpty()) {
            return;
        }
        long id = nextId(EXPERT_ASSIGNMENT, EXPERT_ASSIGNMENT.ID);
        int per = spec.scores() / dossiers.reviewed.size();
        int extra = spec.scores() % dossiers.reviewed.size();
        List<ExpertAssignmentRecord> rows = new ArrayList<>();
        for (int d = 0; d < dossiers.reviewed.size(); d++) {
            Reviewed dossier = dossiers.reviewed.get(d);
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
                add(rows, r);
            }
            if (rows.size() >= 5_000) {
                flush(rows);
            }
        }
        flush(rows);
        log.info("volume: {} expert scores", spec.scores());
    }

    private void carriers(VolumeSpec spec, Dossiers dossiers, Units units, List<Call> calls, Random random,
                          int lastYear) {
        long id = nextId(CARRIER, CARRIER.ID);
        long reportId = nextId(ANNUAL_REPORT, ANNUAL_REPORT.ID);
        long subsidyId = nextId(SUBSIDY, SUBSIDY.ID);
        List<CarrierRecord> rows = new ArrayList<>();
        List<AnnualReportRecord> reports = new ArrayList<>();
        List<AnnualReportVersionRecord> versions = new ArrayList<>();
        List<SubsidyRecord> subsidies = new ArrayList<>();
        int k = 0;
        for (long dossier : dossiers.approved) {
            Approved a = java.util.Objects.requireNonNull(dossiers.approvedRows.get(dossier));
            Call call = calls.get(a.call());
            LocalDate approvedOn = call.closes().toLocalDate().plusDays(100);
            CarrierStatus status = k % 20 == 0 ? CarrierStatus.DISQUALIFIED : k % 20 == 1 ? CarrierStatus.CANCELLED
                    : k % 20 < 4 ? CarrierStatus.PROVINCIALLY_FILED : CarrierStatus.CULTIVATING;
            CarrierRecord r = dsl.newRecord(CARRIER);
            r.setId(CarrierId.of(id));
            r.setDossierId(DossierId.of(dossier));
            r.setUnitId(units.ids[a.unit()]);
            r.setTenantId(units.tenants[a.unit()]);
            r.setKind(a.kind());
            r.setName(a.name());
            r.setIndustryField(a.field());
            r.setApprovedOn(approvedOn);
            r.setDocumentNumber("昆科发〔" + approvedOn.getYear() + "〕" + (k + 1) + "号");
            r.setStatus(status);
            r.setStatusSince(status == CarrierStatus.CULTIVATING ? approvedOn : approvedOn.plusYears(1));
            r.setBanEndsOn(status == CarrierStatus.DISQUALIFIED ? approvedOn.plusYears(4) : null);
            r.setCreatedAt(approvedOn.atTime(10, 0));
            r.setVersion(1);
            add(rows, r);
            for (int year = approvedOn.getYear(); year <= lastYear; year++) {
                boolean past = year < lastYear;
                String contentJson = json.writeValueAsString(VolumeContent.report(random));
                LocalDateTime submitted = LocalDateTime.of(year + 1, 2, 1 + random.nextInt(27), 10, 0);
                AnnualReportRecord report = dsl.newRecord(ANNUAL_REPORT);
                report.setId(ReportId.of(reportId));
                report.setCarrierId(CarrierId.of(id));
                report.setUnitId(units.ids[a.unit()]);
                report.setTenantId(units.tenants[a.unit()]);
                report.setReportYear(year);
                report.setStatus(past ? ReportStatus.SUBMITTED : ReportStatus.DRAFT);
                report.setContentJson(contentJson);
                report.setDueOn(LocalDate.of(year + 1, 3, 31));
                report.setSubmittedAt(past ? submitted : null);
                report.setSubmittedBy(past ? "vol.unit." + (a.unit() + 1) : null);
                report.setReturnReason(null);
                report.setSavedAt(past ? submitted : LocalDateTime.of(year, 10, 15, 10, 0));
                report.setVersion(past ? 2 : 1);
                add(reports, report);
                if (past) {
                    AnnualReportVersionRecord v = dsl.newRecord(ANNUAL_REPORT_VERSION);
                    v.setReportId(ReportId.of(reportId));
                    v.setNumber(1);
                    v.setContentJson(contentJson);
                    v.setSubmittedAt(submitted);
                    v.setSubmittedBy("vol.unit." + (a.unit() + 1));
                    add(versions, v);
                }
                reportId++;
            }
            if (k % 10 < 8) {
                SubsidyRecord s = dsl.newRecord(SUBSIDY);
                s.setId(subsidyId++);
                s.setCarrierId(CarrierId.of(id));
                s.setUnitId(units.ids[a.unit()]);
                s.setTenantId(units.tenants[a.unit()]);
                s.setAmountYuan(BigDecimal.valueOf(a.kind() == CarrierKind.CONCEPT_CENTER ? 500_000 : 1_000_000));
                s.setDisbursedOn(approvedOn.plusMonths(4));
                s.setVoucherNumber("KJ" + approvedOn.getYear() + String.format("%05d", k));
                s.setStatus(k % 10 < 7 ? SubsidyStatus.APPROVED : SubsidyStatus.PREPARED);
                s.setPreparedBy("vol.bureau.1");
                s.setPreparedAt(approvedOn.plusMonths(3).atTime(10, 0));
                s.setApprovedBy(k % 10 < 7 ? "vol.bureau.2" : null);
                s.setApprovedAt(k % 10 < 7 ? approvedOn.plusMonths(3).atTime(15, 0) : null);
                s.setVersion(1);
                add(subsidies, s);
            }
            id++;
            k++;
        }
        flush(rows);
        flush(reports);
        flush(versions);
        flush(subsidies);
        log.info("volume: {} carriers with their yearly reports and subsidies", dossiers.approved.size());
    }

    /** Ids were given, not drawn: H2's identity columns must be moved past them (MariaDB moves its own). */
    private void restartIdentities() {
        if (dsl.dialect().family() != SQLDialect.H2) {
            return;
        }
        for (TableField<?, ?> id : List.<TableField<?, ?>>of(HOST_UNIT.ID, ACCOUNT.ID, APP_CALL.ID, EXPERT.ID, DOSSIER.ID,
                DOSSIER_ATTACHMENT.ID, EXPERT_ASSIGNMENT.ID, CARRIER.ID, ANNUAL_REPORT.ID, SUBSIDY.ID)) {
            Table<?> table = java.util.Objects.requireNonNull(id.getTable());
            long next = nextId(table, id);
            dsl.execute("ALTER TABLE " + table.getName() + " ALTER COLUMN id RESTART WITH " + next);
        }
    }

    /** Works on the bare number of any key column, typed id or not. */
    private long nextId(Table<?> table, TableField<?, ?> id) {
        Field<Long> number = DSL.field(DSL.name(id.getName()), Long.class);
        return dsl.select(DSL.coalesce(DSL.max(number), 0L)).from(table).fetchSingle().value1() + 1;
    }

    private static <R extends TableRecord<R>> void add(List<R> rows, R row) {
        rows.add(row);
    }

    /** Writes the rows in chunks; callers flush a parent's rows before its children's (foreign keys). */
    private <R extends TableRecord<R>> void flush(List<R> rows) {
        JooqBulkInsert.all(dsl, rows);
        rows.clear();
    }
}
