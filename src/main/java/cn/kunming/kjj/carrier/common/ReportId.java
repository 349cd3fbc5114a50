package cn.kunming.kjj.carrier.common;

/**
 * Identifies a carrier's yearly report (年度报告). The database keeps a number; Java keeps this type, so that a report's
 * id cannot be passed where another record's id is expected (jOOQ converts the key columns, see the forced types in
 * pom.xml).
 */
public record ReportId(long value) implements TypedId, Comparable<ReportId> {

    public static ReportId of(long value) {
        return new ReportId(value);
    }

    /**
     * Declared, not left to the record, so that Error Prone's ReferenceEquality sees it and refuses {@code ==} between
     * two ids (it compares references, not numbers).
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof ReportId id && id.value == value;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(value);
    }

    /** In the order the records were created. */
    @Override
    public int compareTo(ReportId other) {
        return Long.compare(value, other.value);
    }

    /** The bare number, as addresses, file names and audit entries show it. */
    @Override
    public String toString() {
        return Long.toString(value);
    }
}
