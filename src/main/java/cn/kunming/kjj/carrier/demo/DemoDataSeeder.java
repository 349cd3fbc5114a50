package cn.kunming.kjj.carrier.demo;

import cn.kunming.kjj.carrier.common.AccountId;
import org.jspecify.annotations.Nullable;
import cn.kunming.kjj.carrier.common.UnitId;
import cn.kunming.kjj.carrier.common.CallId;
import cn.kunming.kjj.carrier.common.ExpertId;
import cn.kunming.kjj.carrier.common.DossierId;
import cn.kunming.kjj.carrier.audit.AuditAction;
import cn.kunming.kjj.carrier.audit.AuditEntry;
import cn.kunming.kjj.carrier.audit.AuditedEntity;
import cn.kunming.kjj.carrier.audit.AuditLog;
import cn.kunming.kjj.carrier.call.CallDraft;
import cn.kunming.kjj.carrier.call.RequiredAttachment;
import cn.kunming.kjj.carrier.call.repository.CallRepository;
import cn.kunming.kjj.carrier.common.CarrierKind;
import cn.kunming.kjj.carrier.common.TenantId;
import cn.kunming.kjj.carrier.common.UnifiedSocialCreditCode;
import cn.kunming.kjj.carrier.carrier.CarrierDraft;
import cn.kunming.kjj.carrier.carrier.repository.CarrierRepository;
import cn.kunming.kjj.carrier.dossier.DossierContent;
import cn.kunming.kjj.carrier.dossier.DossierStatus;
import cn.kunming.kjj.carrier.dossier.DossierVersion;
import cn.kunming.kjj.carrier.dossier.OfferedServices;
import cn.kunming.kjj.carrier.dossier.ReserveProject;
import cn.kunming.kjj.carrier.dossier.repository.DossierRepository;
import cn.kunming.kjj.carrier.eligibility.EligibilityService;
import cn.kunming.kjj.carrier.eligibility.EligibilityResult;
import cn.kunming.kjj.carrier.eligibility.Facts;
import cn.kunming.kjj.carrier.expert.ExpertDraft;
import cn.kunming.kjj.carrier.expert.repository.ExpertRepository;
import cn.kunming.kjj.carrier.security.PasswordHashes;
import cn.kunming.kjj.carrier.security.AccountStatus;
import cn.kunming.kjj.carrier.security.TenantScope;
import cn.kunming.kjj.carrier.security.AccountDraft;
import cn.kunming.kjj.carrier.security.Role;
import cn.kunming.kjj.carrier.security.repository.AccountRepository;
import cn.kunming.kjj.carrier.tenant.ActivationStatus;
import cn.kunming.kjj.carrier.tenant.HostUnitDraft;
import cn.kunming.kjj.carrier.tenant.UnitType;
import cn.kunming.kjj.carrier.tenant.Tenant;
import cn.kunming.kjj.carrier.tenant.TenantType;
import cn.kunming.kjj.carrier.tenant.repository.HostUnitRepository;
import cn.kunming.kjj.carrier.tenant.repository.TenantRepository;
import cn.kunming.kjj.carrier.authority.repository.AuthorityRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.annotation.Profile;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;

/**
 * Demo data for the {@code demo} profile only: a dozen host units over several tenants, two industry authorities,
 * one account per role and
 * one open call. Runs once: a database that already has accounts is left alone, so the demo survives restarts.
 */
@Component
@Profile("demo")
class DemoDataSeeder implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(DemoDataSeeder.class);

    private record DemoUnit(String name, String creditCode, UnitType type, String tenant, ActivationStatus status) {
    }

    private static final List<DemoUnit> UNITS = List.of(
            new DemoUnit("滇池示范理工大学", "12530000AY4CL12THT", UnitType.UNIVERSITY, "530102", ActivationStatus.ACTIVE),
            new DemoUnit("昆明示范生物医药研究院", "125301003BJ1XG6124", UnitType.RESEARCH_INSTITUTE, "KMGXQ", ActivationStatus.ACTIVE),
            new DemoUnit("五华示范智能装备有限公司", "91530102DD272HD1T6", UnitType.ENTERPRISE, "530102", ActivationStatus.ACTIVE),
            new DemoUnit("盘龙示范新材料有限公司", "91530103J3Y7LLJY14", UnitType.ENTERPRISE, "530103", ActivationStatus.ACTIVE),
            new DemoUnit("官渡示范数字科技有限公司", "91530111JJC171HU49", UnitType.ENTERPRISE, "530111", ActivationStatus.ACTIVE),
            new DemoUnit("西山示范医疗集团", "915301129D4H3J9HT7", UnitType.MEDICAL_INSTITUTION, "530112", ActivationStatus.ACTIVE),
            new DemoUnit("呈贡示范信息产业园", "91530114M53JJL6B3C", UnitType.PARK, "530114", ActivationStatus.ACTIVE),
            new DemoUnit("安宁示范化工有限公司", "91530181HN2J1K6FMX", UnitType.ENTERPRISE, "530181", ActivationStatus.ACTIVE),
            new DemoUnit("高新示范光电有限公司", "91530100HDQAEJXEBL", UnitType.ENTERPRISE, "KMGXQ", ActivationStatus.ACTIVE),
            new DemoUnit("经开示范检测技术服务中心", "5253010097R5NQ72JD", UnitType.RESEARCH_INSTITUTE, "KMJKQ", ActivationStatus.ACTIVE),
            new DemoUnit("官渡示范食品科技有限公司", "915301119GFWAPE9K8", UnitType.ENTERPRISE, "530111", ActivationStatus.ACTIVE),
            new DemoUnit("五华示范中医药研究所", "1253011423GD5QA4XH", UnitType.RESEARCH_INSTITUTE, "530102", ActivationStatus.PENDING));

    private final CallRepository calls;
    private final AccountRepository accounts;
    private final HostUnitRepository units;
    private final PasswordEncoder passwordEncoder;
    private final AuditLog audit;
    private final Clock clock;
    private final String password;

    private final ExpertRepository experts;
    private final DossierRepository dossiers;
    private final EligibilityService eligibility;
    private final CarrierRepository carriers;
    private final TransactionTemplate tx;
    private final TenantRepository tenants;
    private final AuthorityRepository authorities;

    DemoDataSeeder(AccountRepository accounts, HostUnitRepository units, CallRepository calls,
                   PasswordEncoder passwordEncoder, AuditLog audit, Clock clock,
                   @Value("${portal.demo.password}") String password, ExpertRepository experts,
                   DossierRepository dossiers, EligibilityService eligibility, CarrierRepository carriers,
                   TransactionTemplate tx, TenantRepository tenants, AuthorityRepository authorities) {
        this.tenants = tenants;
        this.authorities = authorities;
        this.tx = tx;
        this.carriers = carriers;
        this.experts = experts;
        this.dossiers = dossiers;
        this.eligibility = eligibility;
        this.calls = calls;
        this.accounts = accounts;
        this.units = units;
        this.passwordEncoder = passwordEncoder;
        this.audit = audit;
        this.clock = clock;
        this.password = password;
    }

    /**
     * Seeds before the web server starts (all singletons are ready, the server is not yet listening), so that no
     * one can try a demo login before the demo accounts exist.
     */
    @Override
    public void afterSingletonsInstantiated() {
        tx.executeWithoutResult(status -> seed());
    }

    private void seed() {
        if (accounts.count(null) > 0) {
            log.info("demo data already present; not seeding");
            return;
        }
        LocalDateTime now = LocalDateTime.now(clock);
        UnitId[] ids = new UnitId[UNITS.size()];
        for (int i = 0; i < UNITS.size(); i++) {
            DemoUnit u = UNITS.get(i);
            if (UnifiedSocialCreditCode.check(u.creditCode()).isPresent()) {
                throw new IllegalStateException("demo credit code fails the check: " + u.creditCode());
            }
            ids[i] = units.insert(new HostUnitDraft(u.name(), u.creditCode(), u.type(), new TenantId(u.tenant()),
                    "云南省昆明市", "示例法定代表人", "示例联系人", "0871-00000000"), false, u.status(), now);
        }
        String hash = PasswordHashes.of(passwordEncoder, password);
        account("applicant", "申报单位经办人（示例）", Role.APPLICANT, "530102", ids[0], AccountStatus.ACTIVE, hash, now);
        account("applicant2", "待激活经办人（示例）", Role.APPLICANT, "530102", ids[11], AccountStatus.PENDING, hash, now);
        account("carrier", "培育载体经办人（示例）", Role.APPLICANT, "KMGXQ", ids[1], AccountStatus.ACTIVE, hash, now);
        account("district", "五华区科技局经办人（示例）", Role.DISTRICT_OFFICER, "530102", null, AccountStatus.ACTIVE, hash, now);
        account("district.gxq", "高新区经办人（示例）", Role.DISTRICT_OFFICER, "KMGXQ", null, AccountStatus.ACTIVE, hash, now);
        account("bureau", "市科技局经办人（示例）", Role.BUREAU_OFFICER, "KMKJJ", null, AccountStatus.ACTIVE, hash, now);
        AccountId expert1 = account("expert", "评审专家（示例）", Role.EXPERT, null, null, AccountStatus.ACTIVE, hash, now);
        AccountId expert2 = account("expert2", "评审专家二（示例）", Role.EXPERT, null, null, AccountStatus.ACTIVE, hash, now);
        AccountId expert3 = account("expert3", "评审专家三（示例）", Role.EXPERT, null, null, AccountStatus.ACTIVE, hash, now);
        seedAuthorities(now);
        account("authority.gxj", "市工业和信息化局经办人（示例）", Role.INDUSTRY_AUTHORITY, GXJ.value(), null,
                AccountStatus.ACTIVE, hash, now);
        account("authority.wjw", "市卫生健康委员会经办人（示例）", Role.INDUSTRY_AUTHORITY, WJW.value(), null,
                AccountStatus.ACTIVE, hash, now);
        account("admin", "系统管理员（示例）", Role.ADMIN, null, null, AccountStatus.ACTIVE, hash, now);
        account("secadmin", "安全管理员（示例）", Role.SECURITY_ADMIN, null, null, AccountStatus.ACTIVE, hash, now);
        account("auditor", "安全审计员（示例）", Role.AUDITOR, null, null, AccountStatus.ACTIVE, hash, now);
        CallId call = calls.insert(new CallDraft(now.getYear(), now.getYear() + "年度昆明市概念验证中心和中试平台申报（示例）",
                Set.of(CarrierKind.values()), now.minusDays(1).truncatedTo(ChronoUnit.DAYS),
                now.plusDays(60).truncatedTo(ChronoUnit.DAYS).withHour(17),
                "依据《昆明市概念验证中心和中试平台建设管理办法》（昆科规〔2025〕2号），现组织申报。（示例通知）",
                List.of(new RequiredAttachment(CarrierKind.CONCEPT_CENTER, "C1", "承诺书"),
                        new RequiredAttachment(CarrierKind.PILOT_PLATFORM, "P1", "承诺书"))), now, "bureau");
        calls.publish(call, 0, now);
        seedExperts(now, expert1, expert2, expert3);
        seedSubmittedDossier(call, ids[2], now);
        seedCarrier(call, ids[1], now);
        audit.record(AuditEntry.of(AuditAction.DEMO_DATA_SEEDED, AuditedEntity.SYSTEM, "demo")
                .detail(UNITS.size() + " units, 14 accounts, 2 industry authorities, 1 open call, 6 experts,"
                        + " 1 submitted dossier, 1 carrier"));
        log.info("demo data seeded: {} host units, 14 accounts, 2 industry authorities, 6 experts, 1 submitted dossier,"
                + " 1 carrier", UNITS.size());
    }

    private static final TenantId GXJ = new TenantId("KMGXJ");
    private static final TenantId WJW = new TenantId("KMWJW");

    /**
     * Two industry authorities (行业主管部门, decision 0030) in the list of tenants, as the administrator keeps them, and
     * the fields the bureau consults each on: 智能制造 (the submitted dossier's) and 生物医药 (the carrier's).
     */
    private void seedAuthorities(LocalDateTime now) {
        tenants.insert(new Tenant(GXJ, "昆明市工业和信息化局", "Kunming Municipal Bureau of Industry and Information Technology",
                TenantType.INDUSTRY_AUTHORITY, null, LocalDate.of(2025, 11, 14), null, 50, 0));
        tenants.insert(new Tenant(WJW, "昆明市卫生健康委员会", "Kunming Municipal Health Commission",
                TenantType.INDUSTRY_AUTHORITY, null, LocalDate.of(2025, 11, 14), null, 51, 0));
        authorities.insertLink(GXJ, "智能制造", "bureau", now);
        authorities.insertLink(WJW, "生物医药", "bureau", now);
    }

    /** Six experts in the pool; the three demo expert logins are linked to the first three (field 智能制造). */
    private void seedExperts(LocalDateTime now, AccountId... logins) {
        List<ExpertDraft> pool = List.of(
                new ExpertDraft("张明远（示例）", List.of("智能制造", "机器人"), "教授", "云南示范大学", null, "0871-00000001", "", true),
                new ExpertDraft("李华（示例）", List.of("智能制造", "工业软件"), "研究员", "昆明示范自动化研究所", null, "0871-00000002", "", true),
                new ExpertDraft("王静（示例）", List.of("智能制造", "新材料"), "高级工程师", "云南示范装备集团", null, "0871-00000003", "", true),
                new ExpertDraft("赵磊（示例）", List.of("生物医药"), "主任医师", "昆明示范医科大学", null, "0871-00000004", "", true),
                new ExpertDraft("陈芳（示例）", List.of("新材料", "化工"), "教授", "滇池示范理工大学", "12530000AY4CL12THT", "0871-00000005", "", true),
                new ExpertDraft("刘洋（示例）", List.of("数字经济"), "正高级经济师", "云南示范投资公司", null, "0871-00000006", "", true));
        for (int i = 0; i < pool.size(); i++) {
            ExpertId id = experts.insert(pool.get(i), now);
            if (i < logins.length) {
                experts.linkAccount(id, 0, logins[i]);
            }
        }
    }

    /** A submitted dossier of 五华示范智能装备有限公司, waiting for the 五华区 district's recommendation. */
    private void seedSubmittedDossier(CallId call, UnitId unit, LocalDateTime now) {
        Facts facts = new Facts(CarrierKind.PILOT_PLATFORM, "昆明市智能装备中试平台", now.toLocalDate(),
                UnitType.ENTERPRISE, true, true, new BigDecimal("1200"), 12, true, 6, 2, 5, true, false, false, null,
                new Facts.PilotFacts(new BigDecimal("300"), new BigDecimal("1500"), 12, 4, 2, BigDecimal.ZERO,
                        BigDecimal.ZERO, new BigDecimal("200")));
        DossierContent content = new DossierContent(facts, OfferedServices.of(CarrierKind.PILOT_PLATFORM).subList(0, 3),
                "中试项目管理办法、设备共享制度、安全生产制度", true, List.of(), List.of(),
                List.of(new ReserveProject("伺服控制器小批量试制", "智能制造", "中试")), "近两年服务企业 18 家（示例）", "智能制造");
        DossierId id = dossiers.insert(call, unit, new TenantId("530102"), CarrierKind.PILOT_PLATFORM, content, now, "applicant");
        EligibilityResult evaluation = eligibility.evaluate(facts);
        dossiers.submit(new TenantScope.All(), id, 0, new DossierVersion(id, 1, content, evaluation.ruleSetVersion(),
                evaluation.eligible(), !evaluation.eligible(), now, "applicant", List.of()));
    }

    /**
     * A carrier on the list (昆明市生物医药概念验证中心, 高新区), approved under a demo document, so that yearly
     * reports, the carrier's file, credit checks and changes can be tried without walking the whole pipeline.
     */
    private void seedCarrier(CallId call, UnitId unit, LocalDateTime now) {
        Facts facts = new Facts(CarrierKind.CONCEPT_CENTER, "昆明市生物医药概念验证中心", now.toLocalDate(),
                UnitType.RESEARCH_INSTITUTE, true, true, new BigDecimal("600"), 8, true, 6, 2, 5, true, false, false,
                new Facts.PocFacts(new BigDecimal("120"), new BigDecimal("800"), new BigDecimal("300"), 3,
                        new BigDecimal("2000")), null);
        DossierContent content = new DossierContent(facts, OfferedServices.of(CarrierKind.CONCEPT_CENTER).subList(0, 3),
                "概念验证项目管理办法、知识产权管理制度", true, List.of(), List.of(),
                List.of(new ReserveProject("新型疫苗佐剂验证", "生物医药", "概念验证")), "近两年完成验证项目 12 项（示例）", "生物医药");
        TenantId tenant = new TenantId("KMGXQ");
        DossierId id = dossiers.insert(call, unit, tenant, CarrierKind.CONCEPT_CENTER, content, now, "carrier");
        EligibilityResult evaluation = eligibility.evaluate(facts);
        TenantScope all = new TenantScope.All();
        dossiers.submit(all, id, 0, new DossierVersion(id, 1, content, evaluation.ruleSetVersion(), evaluation.eligible(),
                !evaluation.eligible(), now, "carrier", List.of()));
        dossiers.moveStatus(all, id, DossierStatus.SUBMITTED, DossierStatus.APPROVED, null);
        carriers.insertIfAbsent(new CarrierDraft(id, unit, tenant, CarrierKind.CONCEPT_CENTER, facts.name(), "生物医药",
                now.toLocalDate(), "昆科发〔" + now.getYear() + "〕1号（示例）"), now);
    }

    private AccountId account(String username, String name, Role role, @Nullable String tenant, @Nullable UnitId unit, AccountStatus status,
                         String hash, LocalDateTime now) {
        return accounts.insert(new AccountDraft(username, name, role, tenant == null ? null : new TenantId(tenant), unit, null),
                hash, status, now);
    }
}
