package cn.kunming.kjj.carrier.volume.repository;

import cn.kunming.kjj.carrier.annualreport.ReportStatus;
import cn.kunming.kjj.carrier.carrier.CarrierStatus;
import cn.kunming.kjj.carrier.carrier.ManagementRecords.SubsidyStatus;
import cn.kunming.kjj.carrier.common.CarrierId;
import cn.kunming.kjj.carrier.common.CarrierKind;
import cn.kunming.kjj.carrier.common.DossierId;
import cn.kunming.kjj.carrier.common.ReportId;
import cn.kunming.kjj.carrier.jooq.tables.records.AnnualReportRecord;
import cn.kunming.kjj.carrier.jooq.tables.records.AnnualReportVersionRecord;
import cn.kunming.kjj.carrier.jooq.tables.records.CarrierRecord;
import cn.kunming.kjj.carrier.jooq.tables.records.SubsidyRecord;
import cn.kunming.kjj.carrier.volume.VolumeContent;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static cn.kunming.kjj.carrier.jooq.Tables.ANNUAL_REPORT;
import static cn.kunming.kjj.carrier.jooq.Tables.ANNUAL_REPORT_VERSION;
import static cn.kunming.kjj.carrier.jooq.Tables.CARRIER;
import static cn.kunming.kjj.carrier.jooq.Tables.SUBSIDY;

/**
 * The carriers of the approved dossiers, some of them filed, disqualified or cancelled since, with a yearly report for
 * every year from their approval (the last one a draft) and the subsidy of most of them.
 */
@Repository
class JooqVolumeCarriers {

    private static final Logger log = LoggerFactory.getLogger(JooqVolumeCarriers.class);

    private final DSLContext dsl;
    private final JooqVolumeRows rows;
    private final JsonMapper json = JsonMapper.builder().build();

    JooqVolumeCarriers(DSLContext dsl, JooqVolumeRows rows) {
        this.dsl = dsl;
        this.rows = rows;
    }

    void carriers(VolumeDossiers dossiers, VolumeUnits units, List<VolumeCall> calls, Random random, int lastYear) {
        long id = rows.nextId(CARRIER, CARRIER.ID);
        long reportId = rows.nextId(ANNUAL_REPORT, ANNUAL_REPORT.ID);
        long subsidyId = rows.nextId(SUBSIDY, SUBSIDY.ID);
        List<CarrierRecord> batch = new ArrayList<>();
        List<AnnualReportRecord> reports = new ArrayList<>();
        List<AnnualReportVersionRecord> versions = new ArrayList<>();
        List<SubsidyRecord> subsidies = new ArrayList<>();
        int k = 0;
        for (VolumeDossiers.Approved a : dossiers.approved()) {
            VolumeCall call = calls.get(a.call());
            LocalDate approvedOn = call.closes().toLocalDate().plusDays(100);
            CarrierStatus status = k % 20 == 0 ? CarrierStatus.DISQUALIFIED : k % 20 == 1 ? CarrierStatus.CANCELLED
                    : k % 20 < 4 ? CarrierStatus.PROVINCIALLY_FILED : CarrierStatus.CULTIVATING;
            CarrierRecord r = dsl.newRecord(CARRIER);
            r.setId(CarrierId.of(id));
            r.setDossierId(DossierId.of(a.dossier()));
            r.setUnitId(units.ids()[a.unit()]);
            r.setTenantId(units.tenants()[a.unit()]);
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
            batch.add(r);
            for (int year = approvedOn.getYear(); year <= lastYear; year++) {
                boolean past = year < lastYear;
                String contentJson = json.writeValueAsString(VolumeContent.report(random));
                LocalDateTime submitted = LocalDateTime.of(year + 1, 2, 1 + random.nextInt(27), 10, 0);
                AnnualReportRecord report = dsl.newRecord(ANNUAL_REPORT);
                report.setId(ReportId.of(reportId));
                report.setCarrierId(CarrierId.of(id));
                report.setUnitId(units.ids()[a.unit()]);
                report.setTenantId(units.tenants()[a.unit()]);
                report.setReportYear(year);
                report.setStatus(past ? ReportStatus.SUBMITTED : ReportStatus.DRAFT);
                report.setContentJson(contentJson);
                report.setDueOn(LocalDate.of(year + 1, 3, 31));
                report.setSubmittedAt(past ? submitted : null);
                report.setSubmittedBy(past ? "vol.unit." + (a.unit() + 1) : null);
                report.setReturnReason(null);
                report.setSavedAt(past ? submitted : LocalDateTime.of(year, 10, 15, 10, 0));
                report.setVersion(past ? 2 : 1);
                reports.add(report);
                if (past) {
                    AnnualReportVersionRecord v = dsl.newRecord(ANNUAL_REPORT_VERSION);
                    v.setReportId(ReportId.of(reportId));
                    v.setNumber(1);
                    v.setContentJson(contentJson);
                    v.setSubmittedAt(submitted);
                    v.setSubmittedBy("vol.unit." + (a.unit() + 1));
                    versions.add(v);
                }
                reportId++;
            }
            if (k % 10 < 8) {
                SubsidyRecord s = dsl.newRecord(SUBSIDY);
                s.setId(subsidyId++);
                s.setCarrierId(CarrierId.of(id));
                s.setUnitId(units.ids()[a.unit()]);
                s.setTenantId(units.tenants()[a.unit()]);
                s.setAmountYuan(BigDecimal.valueOf(a.kind() == CarrierKind.CONCEPT_CENTER ? 500_000 : 1_000_000));
                s.setDisbursedOn(approvedOn.plusMonths(4));
                s.setVoucherNumber("KJ" + approvedOn.getYear() + String.format("%05d", k));
                s.setStatus(k % 10 < 7 ? SubsidyStatus.APPROVED : SubsidyStatus.PREPARED);
                s.setPreparedBy("vol.bureau.1");
                s.setPreparedAt(approvedOn.plusMonths(3).atTime(10, 0));
                s.setApprovedBy(k % 10 < 7 ? "vol.bureau.2" : null);
                s.setApprovedAt(k % 10 < 7 ? approvedOn.plusMonths(3).atTime(15, 0) : null);
                s.setVersion(1);
                subsidies.add(s);
            }
            id++;
            k++;
        }
        rows.flush(batch);
        rows.flush(reports);
        rows.flush(versions);
        rows.flush(subsidies);
        log.info("volume: {} carriers with their yearly reports and subsidies", dossiers.approved().size());
    }
}
