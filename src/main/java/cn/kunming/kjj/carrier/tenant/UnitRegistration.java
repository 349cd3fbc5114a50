package cn.kunming.kjj.carrier.tenant;

import org.jspecify.annotations.Nullable;
import cn.kunming.kjj.carrier.common.TenantId;
import cn.kunming.kjj.carrier.common.UploadedFile;

/**
 * What an applicant gives to register its unit and its own account, before anyone has checked it.
 * {@code legacyCreditCode}: the code was issued in an early pilot region and fails the check character; the
 * district officer must confirm it explicitly at activation (REFERENCE.md). {@code licence}: the scan of the business
 * licence (营业执照), the evidence the district weighs when registrations compete for one code, as uploaded (its
 * original name, on disk until the registration returns).
 */
public record UnitRegistration(String unitName, String creditCode, UnitType type, @Nullable TenantId tenant, String address,
                               String legalRepresentative, String contactName, String contactPhone,
                               String username, String displayName, String email, String password,
                               boolean legacyCreditCode, @Nullable UploadedFile licence) {
}
