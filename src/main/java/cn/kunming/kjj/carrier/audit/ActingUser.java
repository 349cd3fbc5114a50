package cn.kunming.kjj.carrier.audit;

import java.util.Optional;

/**
 * Who is acting, as the audit trail records it. The security feature answers (it knows the signed-in user); the
 * audit feature, which every feature uses, depends on none of them.
 */
public interface ActingUser {

    /** The signed-in user's name and role; empty for the system (a scheduled job, a login not yet made). */
    Optional<Actor> current();

    record Actor(String username, String role) {
    }
}
