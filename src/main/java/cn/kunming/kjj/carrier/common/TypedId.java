package cn.kunming.kjj.carrier.common;

/**
 * The key of one kind of record, as its own type ({@link DossierId}, {@link ExpertId}, …): the number the database
 * keeps, which only the edges (SQL in tests, addresses, audit entries) ever need bare.
 */
public interface TypedId extends java.io.Serializable {

    long value();
}
