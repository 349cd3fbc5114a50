package cn.kunming.kjj.carrier.support;

import cn.kunming.kjj.carrier.common.AccountId;
import cn.kunming.kjj.carrier.common.UnitId;
import org.jspecify.annotations.Nullable;
import cn.kunming.kjj.carrier.common.TenantId;
import cn.kunming.kjj.carrier.common.UnifiedSocialCreditCode;
import cn.kunming.kjj.carrier.security.AccountStatus;
import cn.kunming.kjj.carrier.security.AccountDraft;
import cn.kunming.kjj.carrier.security.Role;
import cn.kunming.kjj.carrier.security.repository.AccountRepository;
import cn.kunming.kjj.carrier.tenant.ActivationStatus;
import cn.kunming.kjj.carrier.tenant.HostUnitDraft;
import cn.kunming.kjj.carrier.tenant.UnitType;
import cn.kunming.kjj.carrier.tenant.repository.HostUnitRepository;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.LocalDateTime;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Test data written straight through the repositories, each with unique names and credit codes, so that
 * tests sharing one database (H2 or MariaDB) never see each other's rows by accident.
 */
@TestComponent
public class Fixtures {

    public static final String PASSWORD = "Secret123";
    private static final AtomicLong SEQUENCE = new AtomicLong(System.nanoTime() % 1_000_000_000L);

    private final HostUnitRepository units;
    private final AccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final TransactionTemplate tx;
    private String passwordHash;

    Fixtures(HostUnitRepository units, AccountRepository accounts, PasswordEncoder passwordEncoder,
             TransactionTemplate tx) {
        this.units = units;
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.tx = tx;
    }

    /** A valid, unique 18-character code. */
    public static String creditCode() {
        String body = "91530100" + String.format("%09d", SEQUENCE.incrementAndGet() % 1_000_000_000L);
        return body + UnifiedSocialCreditCode.expectedCheckCharacter(body);
    }

    public static String unique(String prefix) {
        return prefix + SEQUENCE.incrementAndGet();
    }

    public UnitId unit(String tenant, ActivationStatus status) {
        return tx.execute(s -> units.insert(new HostUnitDraft(unique("测试单位"), creditCode(), UnitType.ENTERPRISE,
                new TenantId(tenant), "昆明", "法人", "联系人", "0871"), false, status, LocalDateTime.now()));
    }

    public AccountId account(Role role, String tenant, @Nullable UnitId unitId, AccountStatus status) {
        String name = unique("user");
        return tx.execute(s -> accounts.insert(new AccountDraft(name, "测试" + name, role,
                tenant == null ? null : new TenantId(tenant), unitId, null), hash(), status, LocalDateTime.now()));
    }

    public String username(AccountId accountId) {
        return accounts.findById(accountId).orElseThrow().username();
    }

    private synchronized String hash() {
        if (passwordHash == null) {
            passwordHash = passwordEncoder.encode(PASSWORD);
        }
        return passwordHash;
    }
}
