package cn.kunming.kjj.carrier.volume.repository;

import cn.kunming.kjj.carrier.common.AccountId;
import cn.kunming.kjj.carrier.common.UnifiedSocialCreditCode;
import cn.kunming.kjj.carrier.common.UnitId;
import cn.kunming.kjj.carrier.jooq.tables.records.AccountRecord;
import cn.kunming.kjj.carrier.jooq.tables.records.HostUnitRecord;
import cn.kunming.kjj.carrier.security.AccountStatus;
import cn.kunming.kjj.carrier.security.Role;
import cn.kunming.kjj.carrier.tenant.ActivationStatus;
import cn.kunming.kjj.carrier.tenant.RegistrationStatus;
import cn.kunming.kjj.carrier.tenant.UnitType;
import cn.kunming.kjj.carrier.volume.VolumeContent;
import cn.kunming.kjj.carrier.volume.VolumeSpec;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Repository;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static cn.kunming.kjj.carrier.jooq.Tables.ACCOUNT;
import static cn.kunming.kjj.carrier.jooq.Tables.HOST_UNIT;

/** The volume's host units, active and spread over the districts, and the accounts that act for them and the tenants. */
@Repository
class JooqVolumeUnits {

    private static final Logger log = LoggerFactory.getLogger(JooqVolumeUnits.class);

    private final DSLContext dsl;
    private final JooqVolumeRows rows;

    JooqVolumeUnits(DSLContext dsl, JooqVolumeRows rows) {
        this.dsl = dsl;
        this.rows = rows;
    }

    VolumeUnits units(VolumeSpec spec, List<String> tenants, Random random, LocalDateTime now) {
        long first = rows.nextId(HOST_UNIT, HOST_UNIT.ID);
        VolumeUnits units = new VolumeUnits(spec.units());
        List<HostUnitRecord> batch = new ArrayList<>();
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
            batch.add(r);
            units.ids()[i] = UnitId.of(first + i);
            units.tenants()[i] = tenant;
            units.names()[i] = name;
        }
        rows.flush(batch);
        log.info("volume: {} host units", spec.units());
        return units;
    }

    /** The officers of every district and of the bureau, and one applicant per unit; all sign in with the given hash. */
    void accounts(VolumeSpec spec, List<String> tenants, String bureau, VolumeUnits units, String hash,
                  LocalDateTime now) {
        List<AccountRecord> batch = new ArrayList<>();
        long id = rows.nextId(ACCOUNT, ACCOUNT.ID);
        for (String tenant : tenants) {
            for (int n = 1; n <= spec.officersPerTenant(); n++) {
                batch.add(account(id++, "vol." + tenant.toLowerCase() + "." + n, "区县经办人" + n, Role.DISTRICT_OFFICER,
                        tenant, null, hash, now));
            }
        }
        for (int n = 1; n <= spec.officersPerTenant(); n++) {
            batch.add(account(id++, "vol.bureau." + n, "市科技局经办人" + n, Role.BUREAU_OFFICER, bureau, null, hash, now));
        }
        for (int i = 0; i < spec.units(); i++) {
            batch.add(account(id++, "vol.unit." + (i + 1), "申报经办人" + (i + 1), Role.APPLICANT, units.tenants()[i],
                    units.ids()[i], hash, now));
        }
        int count = batch.size();
        rows.flush(batch);
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
}
