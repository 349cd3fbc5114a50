package cn.kunming.kjj.carrier.volume;

/**
 * How much the volume generator writes. {@link #full()} is the size the portal is measured at (issue 14): several
 * years of calls in every tenant. A scale below one keeps the proportions for a quick run.
 */
public record VolumeSpec(int units, int calls, int dossiers, int scores, int carriers, int auditEvents,
                         int officersPerTenant, long seed) {

    public VolumeSpec {
        if (calls < 3 || units < 10 || dossiers < calls * 10 || dossiers / calls > units) {
            throw new IllegalArgumentException("volume too small or a call has more dossiers than there are units");
        }
        if (carriers > dossiers / 4) {
            throw new IllegalArgumentException("at most a quarter of the dossiers can be approved");
        }
    }

    public static VolumeSpec full() {
        return new VolumeSpec(3_000, 10, 20_000, 60_000, 2_000, 1_000_000, 40, 2026L);
    }

    public VolumeSpec scaled(double factor) {
        return new VolumeSpec(Math.max(10, (int) (units * factor)), calls, (int) Math.max(calls * 10, dossiers * factor),
                (int) (scores * factor), (int) (carriers * factor), (int) (auditEvents * factor), officersPerTenant, seed);
    }

    public int dossiersPerCall() {
        return dossiers / calls;
    }

    /** The calls before the last two are finished (decided, carriers approved); one is in review, one is open. */
    public int finishedCalls() {
        return calls - 2;
    }
}
