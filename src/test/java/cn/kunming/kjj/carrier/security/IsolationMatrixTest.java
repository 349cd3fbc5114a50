package cn.kunming.kjj.carrier.security;

import cn.kunming.kjj.carrier.common.AccountId;
import cn.kunming.kjj.carrier.common.UnitId;
import cn.kunming.kjj.carrier.support.ForeignData;
import cn.kunming.kjj.carrier.support.ServiceArguments;
import cn.kunming.kjj.carrier.support.SampleFiles;
import cn.kunming.kjj.carrier.annualreport.AnnualReportService;
import cn.kunming.kjj.carrier.call.CallService;
import cn.kunming.kjj.carrier.carrier.CarrierFilter;
import cn.kunming.kjj.carrier.carrier.CarrierManagementService;
import cn.kunming.kjj.carrier.carrier.CarrierService;
import cn.kunming.kjj.carrier.carrier.Ground;
import cn.kunming.kjj.carrier.common.CarrierKind;
import cn.kunming.kjj.carrier.common.PortalException;
import cn.kunming.kjj.carrier.credit.CreditService;
import cn.kunming.kjj.carrier.dossier.DossierService;
import cn.kunming.kjj.carrier.dossier.DossierServiceTest;
import cn.kunming.kjj.carrier.expert.ExpertService;
import cn.kunming.kjj.carrier.majorchange.ChangeType;
import cn.kunming.kjj.carrier.majorchange.MajorChangeService;
import cn.kunming.kjj.carrier.majorchange.ChangeDraft;
import cn.kunming.kjj.carrier.notification.NotificationService;
import cn.kunming.kjj.carrier.publicity.PublicNoticeService;
import cn.kunming.kjj.carrier.review.ReviewAssignmentService;
import cn.kunming.kjj.carrier.review.ReviewScenario;
import cn.kunming.kjj.carrier.support.As;
import cn.kunming.kjj.carrier.support.Fixtures;
import cn.kunming.kjj.carrier.support.MovableClock;
import cn.kunming.kjj.carrier.support.PortalSpringTest;
import cn.kunming.kjj.carrier.tenant.ActivationStatus;
import cn.kunming.kjj.carrier.tenant.HostUnitService;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Tenant isolation as a matrix, generated from the services themselves: every public method of every service is
 * called by every role from a foreign scope (a district of another tenant, an applicant of another unit in the same
 * tenant and in another tenant, an expert not assigned, an industry authority of another field). A method that takes the id of a tenant-owned record must
 * answer for a record of 五华区 exactly as for an id that does not exist; every answer is searched for rows and
 * Excel cells of 五华区's units. A new method whose id parameter is not classified here fails the test, so that
 * it cannot be forgotten.
 */
@PortalSpringTest
@Transactional
class IsolationMatrixTest {

    private static final String OWNER = ForeignData.OWNER;
    private static final long MISSING = ForeignData.MISSING;
    /** Ids that name no tenant-owned record: calls and notices are public; the rest are the bureau's alone. */
    private static final Set<String> NOT_TENANT_OWNED = Set.of("callId", "noticeId", "objectionId", "alertId",
            "expertId", "nominationId", "linkId");

    /** Published on purpose (P4.5): the cultivation list and the public notices name units of every tenant. */
    private static final Set<String> PUBLISHED = Set.of("CarrierService.cultivationList",
            "PublicNoticeService.publicNotices", "PublicNoticeService.publicNotice");

    @Autowired
    ApplicationContext context;
    @Autowired
    ReviewScenario scenario;
    @Autowired
    Fixtures fixtures;
    @Autowired
    MovableClock clock;
    @Autowired
    PublicNoticeService notices;
    @Autowired
    CarrierService carriers;
    @Autowired
    CarrierManagementService management;
    @Autowired
    AnnualReportService reports;
    @Autowired
    MajorChangeService changes;
    @Autowired
    DossierService dossiers;
    @Autowired
    CreditService credit;
    @Autowired
    ReviewAssignmentService assignments;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    cn.kunming.kjj.carrier.authority.AuthorityScenario authorities;

    private record Actor(String name, PortalUser user) {
    }

    @AfterEach
    void reset() {
        As.signOut();
        clock.reset();
    }

    private List<Actor> foreignActors() {
        UnitId sameTenantUnit = fixtures.unit(OWNER, ActivationStatus.ACTIVE);
        UnitId otherTenantUnit = fixtures.unit("530103", ActivationStatus.ACTIVE);
        // an industry authority the bureau consults on a field of its own, none of 五华区's records (decision 0030)
        cn.kunming.kjj.carrier.common.TenantId otherField = authorities.authority("另一领域的行业主管部门");
        authorities.link(otherField, Fixtures.unique("另一产业领域"));
        return List.of(
                new Actor("盘龙区的属地管理员", new PortalUser(AccountId.of(-11), "district-530103", "盘龙区", Role.DISTRICT_OFFICER,
                        new cn.kunming.kjj.carrier.common.TenantId("530103"), null)),
                new Actor("五华区另一家单位的经办人", new PortalUser(AccountId.of(-12), "other-unit", "同区", Role.APPLICANT,
                        new cn.kunming.kjj.carrier.common.TenantId(OWNER), sameTenantUnit)),
                new Actor("盘龙区单位的经办人", new PortalUser(AccountId.of(-13), "other-tenant", "他区", Role.APPLICANT,
                        new cn.kunming.kjj.carrier.common.TenantId("530103"), otherTenantUnit)),
                new Actor("未被分派的专家", scenario.expert("局外专家").user()),
                new Actor("另一产业领域的行业主管部门", new PortalUser(AccountId.of(-14), "authority-other-field",
                        "另一领域", Role.INDUSTRY_AUTHORITY, otherField, null)));
    }


    private static boolean tenantOwned(Parameter p) {
        return !NOT_TENANT_OWNED.contains(p.getName()) && !(p.getName().equals("id")
                && Set.of("CallService", "PublicNoticeService", "ExpertService")
                .contains(p.getDeclaringExecutable().getDeclaringClass().getSimpleName()));
    }

    @TestFactory
    Stream<DynamicTest> noForeignRoleReachesARecordOfAnotherTenantOrUnitThroughAnyServiceMethod() {
        ForeignData.Owned owned = new ForeignData(context).owned();
        List<Actor> actors = foreignActors();
        List<DynamicTest> tests = new ArrayList<>();
        List<Object> services = context.getBeansWithAnnotation(Service.class).values().stream()
                .sorted(Comparator.comparing(b -> AopUtils.getTargetClass(b).getSimpleName())).toList();
        assertThat(services).hasSizeGreaterThan(20);
        for (Object bean : services) {
            Class<?> type = AopUtils.getTargetClass(bean);
            if (!type.getPackageName().startsWith("cn.kunming.kjj.carrier")) {
                continue;
            }
            for (Method m : Arrays.stream(type.getDeclaredMethods()).filter(x -> Modifier.isPublic(x.getModifiers())
                    && !x.isSynthetic() && !Modifier.isStatic(x.getModifiers()))
                    .sorted(Comparator.comparing(Method::toString)).toList()) {
                if (m.getAnnotation(org.springframework.transaction.annotation.Transactional.class) != null
                        && m.getAnnotation(org.springframework.transaction.annotation.Transactional.class).propagation()
                        == org.springframework.transaction.annotation.Propagation.MANDATORY) {
                    continue;
                }
                Object[] real = new Object[m.getParameterCount()];
                Object[] missing = new Object[m.getParameterCount()];
                boolean ownedId = false;
                for (int i = 0; i < real.length; i++) {
                    Parameter p = m.getParameters()[i];
                    Long id = ServiceArguments.idFor(type, m, p, owned);
                    List<Object> ids = ServiceArguments.idsFor(type, m, p, owned, -1);
                    if (ids != null) {
                        // a selection of the owner's records answers like a selection of records that do not exist
                        real[i] = ids;
                        missing[i] = ServiceArguments.idsFor(type, m, p, owned, MISSING);
                        ownedId = true;
                    } else if (id != null) {
                        real[i] = ServiceArguments.as(p.getType(), id);
                        boolean owns = tenantOwned(p);
                        ownedId |= owns;
                        missing[i] = ServiceArguments.as(p.getType(), owns ? MISSING : id);
                    } else {
                        real[i] = ServiceArguments.plain(p.getType());
                        missing[i] = ServiceArguments.plain(p.getType());
                    }
                }
                boolean comparesWithMissing = ownedId;
                for (Actor actor : actors) {
                    tests.add(DynamicTest.dynamicTest(type.getSimpleName() + "." + m.getName()
                            + Arrays.toString(Arrays.stream(m.getParameters()).map(Parameter::getName).toArray())
                            + " as " + actor.name(), () -> {
                        Method target = bean.getClass().getMethod(m.getName(), m.getParameterTypes());
                        As.signIn(actor.user());
                        Answer withOwned = call(target, bean, real.clone());
                        if (!PUBLISHED.contains(type.getSimpleName() + "." + m.getName())) {
                            leaks(withOwned.value(), actor, owned);
                        }
                        if (comparesWithMissing) {
                            Answer withMissing = call(target, bean, missing.clone());
                            assertThat(withOwned.shape()).as("a record of 五华区 answers like a missing one")
                                    .isEqualTo(withMissing.shape());
                        }
                    }));
                }
            }
        }
        assertThat(tests).hasSizeGreaterThan(400);
        return tests.stream();
    }

    private record Answer(String shape, Object value) {
    }

    private static Answer call(Method m, Object bean, Object[] args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i] instanceof ByteArrayOutputStream) {
                args[i] = new ByteArrayOutputStream();
            }
        }
        try {
            Object value = m.invoke(bean, args);
            return new Answer("returned " + shape(value), value);
        } catch (InvocationTargetException e) {
            Throwable t = e.getCause();
            return new Answer(t.getClass().getSimpleName() + (t instanceof PortalException p ? " " + p.messageKey() : ""),
                    null);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String shape(Object value) {
        return switch (value) {
            case null -> "nothing";
            case Optional<?> o -> o.isPresent() ? "a record" : "no record";
            // a bulk action says per record what happened: the same for another tenant's record as for a missing one
            case cn.kunming.kjj.carrier.common.BulkOutcome b -> "an outcome " + b.items().stream()
                    .map(i -> (i.done() ? "done " : "refused ") + i.messageKey()).toList();
            case Collection<?> c -> c.isEmpty() ? "an empty list" : "a list";
            case byte[] b -> "a file";
            case Number n -> "a number";
            case Boolean b -> "a yes or no";
            default -> "a " + value.getClass().getSimpleName();
        };
    }

    /** Rows of 五华区 (or of its units, for applicants) in an answer; 五华区's unit names in an Excel file. */
    private static void leaks(Object value, Actor actor, ForeignData.Owned owned) throws Exception {
        for (Object row : rows(value)) {
            Object tenant = accessor(row, "tenantId");
            Object unit = accessor(row, "unitId");
            PortalUser u = actor.user();
            if (u.role() == Role.EXPERT) {
                assertThat(tenant).as("an unassigned expert reads a tenant's row: " + row).isNull();
            } else if (u.role() == Role.INDUSTRY_AUTHORITY) {
                assertThat(tenant).as("an authority of another field reads a tenant's row: " + row).isNull();
                assertThat(unit).as("an authority of another field reads a unit's row: " + row).isNull();
            } else if (u.role() == Role.DISTRICT_OFFICER && tenant != null) {
                assertThat(tenant.toString()).as("row " + row).contains(u.tenantId().value());
            } else if (u.role() == Role.APPLICANT && unit != null) {
                assertThat(unit).as("row " + row).isEqualTo(u.unitId());
            }
        }
        if (value instanceof cn.kunming.kjj.carrier.common.BulkOutcome outcome) {
            for (var item : outcome.items()) {
                for (String marker : owned.markers()) {
                    assertThat(item.subject()).as("a bulk outcome names a unit of 五华区").doesNotContain(marker);
                }
            }
        }
        if (value instanceof byte[] bytes && bytes.length > 4 && bytes[0] == 'P' && bytes[1] == 'K') {
            String cells = cells(bytes);
            for (String marker : owned.markers()) {
                assertThat(cells).as("an Excel file names a unit of 五华区").doesNotContain(marker);
            }
        }
    }

    private static List<Object> rows(Object value) {
        return switch (value) {
            case null -> List.of();
            case Optional<?> o -> o.<List<Object>>map(List::of).orElse(List.of());
            case Collection<?> c -> new ArrayList<>(c);
            case Map<?, ?> m -> new ArrayList<>(m.values());
            default -> value.getClass().isRecord() ? List.of(value) : List.of();
        };
    }

    private static Object accessor(Object row, String name) {
        if (!row.getClass().isRecord()) {
            return null;
        }
        for (RecordComponent c : row.getClass().getRecordComponents()) {
            if (c.getName().equals(name)) {
                try {
                    return c.getAccessor().invoke(row);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return null;
    }

    private static String cells(byte[] xlsx) throws Exception {
        try (Workbook book = WorkbookFactory.create(new ByteArrayInputStream(xlsx))) {
            StringBuilder all = new StringBuilder();
            for (Sheet sheet : book) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        all.append(cell).append('|');
                    }
                }
            }
            return all.toString();
        } catch (Exception notExcel) {
            return "";
        }
    }

}
