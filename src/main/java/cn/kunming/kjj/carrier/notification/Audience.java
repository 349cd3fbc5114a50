package cn.kunming.kjj.carrier.notification;

import cn.kunming.kjj.carrier.common.AccountId;
import cn.kunming.kjj.carrier.common.UnitId;
import cn.kunming.kjj.carrier.common.TenantId;

import java.util.List;

/**
 * Whom a notification is for, said by the feature that knows it (a unit, a district, the bureau, one account); the
 * notification feature resolves it to the active accounts when it sends.
 */
public sealed interface Audience {

    /** The active accounts of a unit (its applicants). */
    record Unit(UnitId unitId) implements Audience { }

    /** The active officers of a district (or zone). */
    record District(TenantId tenant) implements Audience { }

    record Bureau() implements Audience { }

    /** The security auditors, who alone read the audit log (三员分立). */
    record Auditors() implements Audience { }

    record OneAccount(AccountId accountId) implements Audience { }

    /** Several groups; a person in more than one is notified once. */
    record Together(List<Audience> groups) implements Audience {
        public Together {
            groups = List.copyOf(groups);
        }
    }

    static Audience unit(UnitId unitId) {
        return new Unit(unitId);
    }

    static Audience district(TenantId tenant) {
        return new District(tenant);
    }

    static Audience bureau() {
        return new Bureau();
    }

    static Audience auditors() {
        return new Auditors();
    }

    static Audience account(AccountId accountId) {
        return new OneAccount(accountId);
    }

    static Audience together(Audience... groups) {
        return new Together(List.of(groups));
    }
}
