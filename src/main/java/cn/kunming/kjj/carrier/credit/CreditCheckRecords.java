package cn.kunming.kjj.carrier.credit;

import cn.kunming.kjj.carrier.common.DossierId;
import cn.kunming.kjj.carrier.security.TenantScope;

import java.util.List;

/**
 * The credit checks made on a dossier, for the officers who recommend and decide it (C2.5, C3.6). A narrow interface
 * at the feature's root: other features use it, never the feature's repositories.
 */
public interface CreditCheckRecords {

    List<CreditCheck> checksOfDossier(TenantScope scope, DossierId dossierId);
}
