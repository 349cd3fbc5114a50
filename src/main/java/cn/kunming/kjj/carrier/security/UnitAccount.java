package cn.kunming.kjj.carrier.security;

import cn.kunming.kjj.carrier.common.AccountId;
import cn.kunming.kjj.carrier.common.UnitId;
import cn.kunming.kjj.carrier.common.TenantId;

import java.time.LocalDateTime;

/**
 * An applicant account together with the unit it acts for, as the district officer reviews it;
 * {@code legacyCreditCode} marks a code that fails the check and was declared an early pilot-region code;
 * {@code hasLicence}: the registration came with its business licence scan.
 */
public record UnitAccount(AccountId accountId, String username, String displayName, AccountStatus status,
                          int accountVersion, UnitId unitId, String unitName, String creditCode,
                          TenantId tenantId, String unitActivation, LocalDateTime createdAt,
                          boolean legacyCreditCode, boolean hasLicence) {
}
