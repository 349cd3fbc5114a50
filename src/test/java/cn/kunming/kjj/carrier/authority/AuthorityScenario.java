package cn.kunming.kjj.carrier.authority;

import cn.kunming.kjj.carrier.annualreport.AnnualReportService;
import cn.kunming.kjj.carrier.annualreport.ReportContent;
import cn.kunming.kjj.carrier.carrier.Carrier;
import cn.kunming.kjj.carrier.carrier.CarrierFilter;
import cn.kunming.kjj.carrier.carrier.CarrierService;
import cn.kunming.kjj.carrier.common.AccountId;
import cn.kunming.kjj.carrier.common.CarrierId;
import cn.kunming.kjj.carrier.common.ReportId;
import cn.kunming.kjj.carrier.common.TenantId;
import cn.kunming.kjj.carrier.publicity.PublicNoticeService;
import cn.kunming.kjj.carrier.review.ReviewScenario;
import cn.kunming.kjj.carrier.security.AccountStatus;
import cn.kunming.kjj.carrier.security.PortalUser;
import cn.kunming.kjj.carrier.security.Role;
import cn.kunming.kjj.carrier.support.As;
import cn.kunming.kjj.carrier.support.Fixtures;
import cn.kunming.kjj.carrier.support.MovableClock;
import cn.kunming.kjj.carrier.tenant.Tenant;
import cn.kunming.kjj.carrier.tenant.TenantService;
import cn.kunming.kjj.carrier.tenant.TenantType;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.test.context.TestComponent;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Industry authorities for tests (decision 0030): an authority of its own (a tenant the administrator adds, with a
 * unique code and name), its account, the fields the bureau links it to, and a carrier with a submitted yearly report.
 */
@TestComponent
public class AuthorityScenario {

    private final TenantService tenants;
    private final FieldLinkService links;
    private final Fixtures fixtures;
    private final ReviewScenario scenario;
    private final PublicNoticeService notices;
    private final CarrierService carriers;
    private final AnnualReportService reports;

    AuthorityScenario(TenantService tenants, FieldLinkService links, Fixtures fixtures, ReviewScenario scenario,
                      PublicNoticeService notices, CarrierService carriers, AnnualReportService reports) {
        this.tenants = tenants;
        this.links = links;
        this.fixtures = fixtures;
        this.scenario = scenario;
        this.notices = notices;
        this.carriers = carriers;
        this.reports = reports;
    }

    /** An industry authority in force from 2025-11-14 (the measures' first day) until {@code validTo}, if given. */
    public TenantId authority(String name, @Nullable LocalDate validTo) {
        TenantId id = new TenantId(Fixtures.unique("IA"));
        As.role(Role.ADMIN, null);
        tenants.create(new Tenant(id, Fixtures.unique(name), Fixtures.unique("Authority "), TenantType.INDUSTRY_AUTHORITY,
                null, LocalDate.of(2025, 11, 14), validTo, 200, 0));
        As.signOut();
        return id;
    }

    public TenantId authority(String name) {
        return authority(name, null);
    }

    /** The bureau consults the authority on these fields. */
    public void link(TenantId authority, String... fields) {
        As.role(Role.BUREAU_OFFICER, "KMKJJ");
        for (String field : fields) {
            links.link(authority, field);
        }
        As.signOut();
    }

    /** An account of the authority, signed in. */
    public PortalUser signIn(TenantId authority) {
        AccountId account = fixtures.account(Role.INDUSTRY_AUTHORITY, authority.value(), null, AccountStatus.ACTIVE);
        PortalUser user = new PortalUser(account, fixtures.username(account), "行业主管部门经办人",
                Role.INDUSTRY_AUTHORITY, authority, null);
        As.signIn(user);
        return user;
    }

    /** A carrier approved in March 2026 and its 2026 report, submitted on 1 February 2027 (the clock stays there). */
    public CarrierWithReport submittedReport(MovableClock clock) {
        clock.set(LocalDate.of(2026, 3, 2).atTime(10, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant());
        CarrierId carrierId = scenario.approvedCarrier(scenario.openCall(), ReviewScenario.DISTRICT, clock, notices,
                carriers);
        PortalUser applicant = scenario.lastApplicant;
        As.role(Role.BUREAU_OFFICER, "KMKJJ");
        Carrier carrier = carriers.register(CarrierFilter.none()).stream().filter(c -> c.id().equals(carrierId))
                .findFirst().orElseThrow();
        clock.set(LocalDate.of(2027, 2, 1).atTime(10, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant());
        As.signIn(applicant);
        ReportId report = reports.open(carrierId, 2026);
        reports.submit(report, 0, new ReportContent("基本情况", "人才", "项目", "成效", "案例", "财务", "问题",
                new BigDecimal("100"), 5, 1, BigDecimal.ZERO));
        As.signOut();
        return new CarrierWithReport(carrier, report, applicant);
    }

    public record CarrierWithReport(Carrier carrier, ReportId report, PortalUser applicant) {
    }
}
