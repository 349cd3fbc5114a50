package cn.kunming.kjj.carrier.common;

/**
 * Identifies an expert in the expert pool (专家库). The database keeps a number; Java keeps this type, so that an
 * expert's id cannot be passed where another record's id is expected (jOOQ converts the key columns, see the forced
 * types in pom.xml).
 */
public record ExpertId(long value) implements TypedId, Comparable<ExpertId> {

    public static ExpertId of(long value) {
        return new ExpertId(value);
    }

    /**
     * Declared, not left to the record, so that Error Prone's ReferenceEquality sees it and refuses {@code ==} between
     * two ids (it compares references, not numbers).
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof ExpertId id && id.value == value;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(value);
    }

    /** In the order the records were created. */
    @Override
    public int compareTo(ExpertId other) {
        return Long.compare(value, other.value);
    }

    /** The bare number, as addresses, file names and audit entries show it. */
    @Override
    public String toString() {
        return Long.toString(value);
    }
}
