package cn.kunming.kjj.carrier.security;

import cn.kunming.kjj.carrier.audit.ActingUser;
import org.springframework.stereotype.Component;

import java.util.Optional;

/** Tells the audit trail who the signed-in user is. */
@Component
class AuditedActor implements ActingUser {

    private final CurrentUser currentUser;

    AuditedActor(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public Optional<Actor> current() {
        return currentUser.get().map(u -> new Actor(u.username(), u.role().name()));
    }
}
