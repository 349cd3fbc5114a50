package cn.kunming.kjj.carrier.carrier;

import cn.kunming.kjj.carrier.audit.AuditAction;
import cn.kunming.kjj.carrier.audit.AuditEntry;
import cn.kunming.kjj.carrier.audit.AuditedEntity;
import cn.kunming.kjj.carrier.audit.AuditLog;
import cn.kunming.kjj.carrier.carrier.repository.CarrierRepository;
import cn.kunming.kjj.carrier.common.BulkOutcome;
import cn.kunming.kjj.carrier.common.CarrierId;
import cn.kunming.kjj.carrier.common.CarrierKind;
import cn.kunming.kjj.carrier.common.XlsxTable;
import cn.kunming.kjj.carrier.security.Access;
import cn.kunming.kjj.carrier.security.CurrentUser;
import cn.kunming.kjj.carrier.security.TenantScope;
import cn.kunming.kjj.carrier.tenant.Tenant;
import cn.kunming.kjj.carrier.tenant.Tenants;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.jspecify.annotations.Nullable;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The carrier register (P4.5): the bureau sees all, a district its own tenant, an applicant its own unit. */
@Service
public class CarrierService {

    private final CarrierRepository carriers;
    private final Tenants tenants;
    private final CurrentUser currentUser;
    private final AuditLog audit;

    CarrierService(CarrierRepository carriers, Tenants tenants, CurrentUser currentUser, AuditLog audit) {
        this.carriers = carriers;
        this.tenants = tenants;
        this.currentUser = currentUser;
        this.audit = audit;
    }

    @PreAuthorize(Access.APPLICANT_OR_OFFICERS)
    @Transactional(readOnly = true)
    public List<Carrier> register(CarrierFilter filter) {
        return carriers.find(currentUser.scope(), filter);
    }

    /** One page of the register, newest approval first; one statement, so no transaction of its own (see rows). */
    @PreAuthorize(Access.APPLICANT_OR_OFFICERS)
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public List<Carrier> register(@Nullable CarrierFilter filter, int offset, int limit) {
        return carriers.find(currentUser.scope(), filter == null ? CarrierFilter.none() : filter, Math.max(0, offset),
                Math.clamp(limit, 0, 500));
    }

    /** How many carriers the register has with these filters, in scope. */
    @PreAuthorize(Access.APPLICANT_OR_OFFICERS)
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public int count(@Nullable CarrierFilter filter) {
        return carriers.count(currentUser.scope(), filter == null ? CarrierFilter.none() : filter);
    }

    /** The register as .xlsx with the filters applied. */
    @PreAuthorize(Access.APPLICANT_OR_OFFICERS)
    @Transactional
    public byte[] export(CarrierFilter filter) {
        List<Carrier> rows = carriers.find(currentUser.scope(), filter);
        audit.record(AuditEntry.of(AuditAction.CARRIERS_EXPORTED, AuditedEntity.CARRIER, "*").rule("P4.5")
                .detail(rows.size() + " rows, filter " + filter));
        return workbook(rows);
    }

    /**
     * The carriers the reader selected, as .xlsx (issue 25): only those in the reader's scope, whatever ids were sent;
     * at most {@link BulkOutcome#MOST} at once.
     */
    @PreAuthorize(Access.APPLICANT_OR_OFFICERS)
    @Transactional
    public byte[] exportSelected(List<CarrierId> carrierIds) {
        List<CarrierId> ids = BulkOutcome.checked(carrierIds == null ? List.of() : carrierIds);
        List<Carrier> rows = carriers.findByIds(currentUser.scope(), ids);
        audit.record(AuditEntry.of(AuditAction.CARRIERS_EXPORTED, AuditedEntity.CARRIER, "*").rule("P4.5")
                .detail(rows.size() + " selected carriers: " + rows.stream().map(c -> String.valueOf(c.id()))
                        .collect(Collectors.joining(","))));
        return workbook(rows);
    }

    /** The industry fields of the carriers in the reader's scope: the choices of the register's field filter. */
    @PreAuthorize(Access.APPLICANT_OR_OFFICERS)
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public List<String> fields() {
        return carriers.fields(currentUser.scope(), 500);
    }

    private byte[] workbook(List<Carrier> rows) {
        Map<String, String> tenantNames = tenants.findAll().stream()
                .collect(Collectors.toMap(t -> t.id().value(), Tenant::name));
        return XlsxTable.write("载体名录", List.of("载体名称", "类型", "依托单位", "统一社会信用代码", "属地", "产业领域",
                        "认定日期", "发文文号", "状态"),
                rows.stream().<List<?>>map(c -> java.util.Arrays.asList(c.name(), c.kind().chineseName(), c.unitName(),
                        c.creditCode(), tenantNames.getOrDefault(c.tenantId().value(), c.tenantId().value()),
                        c.industryField(), c.approvedOn(), c.documentNumber(), status(c.status()))).toList());
    }

    /** The public cultivation list (培育名单), as the bureau publishes it: carriers on the list now, no login. */
    @PreAuthorize(Access.ANYONE)
    @Transactional(readOnly = true)
    public List<Carrier> cultivationList() {
        return carriers.find(new TenantScope.All(), CarrierFilter.none()).stream().filter(c -> c.status().active())
                .toList();
    }


    private static String status(CarrierStatus s) {
        return switch (s) {
            case CULTIVATING -> "培育中";
            case PROVINCIALLY_FILED -> "已省级备案";
            case DISQUALIFIED -> "已取消培育资格";
            case CANCELLED -> "已撤销";
            case TERMINATED -> "已终止";
        };
    }
}
