package cn.kunming.kjj.carrier.expertreview;

import cn.kunming.kjj.carrier.security.TenantScope;

import java.util.Collection;
import java.util.List;

/**
 * What other features read of assignments without a signed-in officer (reminders, decisions). A narrow interface at
 * the feature's root: other features use it, never the feature's repositories.
 */
public interface Assignments {

    /** The assignments of the given subjects of one type, in scope, ordered by subject then assignment. */
    List<Assignment> of(TenantScope scope, SubjectType type, Collection<Long> subjectIds);
}
