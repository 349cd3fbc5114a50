package cn.kunming.kjj.carrier.authority;

import cn.kunming.kjj.carrier.common.TenantId;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/**
 * Which industry authority the bureau consults on which field (decision 0030), for the features that ask them:
 * public notice (P4.5) and yearly-report evaluation (M5.1). A narrow interface at the feature's root: other features
 * use it, never the feature's repositories. Only authorities in force on the day count.
 */
public interface AuthorityFields {

    /** The fields of an authority in force on the day; none for a tenant that is no such authority. */
    List<String> fieldsOf(TenantId authority, LocalDate day);

    /** The authorities in force on the day that are linked to any of the fields, each with the fields concerned. */
    List<Consulted> consultedOn(Collection<String> fields, LocalDate day);
}
