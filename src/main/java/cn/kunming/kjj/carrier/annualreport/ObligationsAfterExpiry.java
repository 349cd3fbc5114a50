package cn.kunming.kjj.carrier.annualreport;

/**
 * What becomes of carriers' yearly reports once the measures expire with no successor (Art. 8, decision 0025), as the
 * setting {@code portal.measures.after-expiry} says: reports go on being due under the last version's figures
 * ({@code CONTINUE}, the default), or no report falls due after the last day of the measures ({@code END}).
 */
public enum ObligationsAfterExpiry {
    CONTINUE, END
}
