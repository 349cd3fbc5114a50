package cn.kunming.kjj.carrier.expert;

import cn.kunming.kjj.carrier.common.ExpertId;

import java.util.Map;

/**
 * Who nominated an expert to the pool, where an industry authority did (P4.4, 会同行业主管部门组织专家评审). Declared
 * here and answered by the authority feature, which depends on this one (decision 0022: an upward need is an
 * interface the lower module declares).
 */
public interface ExpertOrigins {

    /** The name of the nominating authority of every expert that joined the pool on a nomination. */
    Map<ExpertId, String> nominators();
}
