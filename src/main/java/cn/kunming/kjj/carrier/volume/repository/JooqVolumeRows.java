package cn.kunming.kjj.carrier.volume.repository;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.SQLDialect;
import org.jooq.Table;
import org.jooq.TableField;
import org.jooq.TableRecord;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

import java.util.List;
import java.util.Objects;

/**
 * The generated rows carry their ids, so that a row's children can name it without a round trip: each part of the
 * volume numbers its rows after the highest id already there, and the identities move past them at the end.
 */
@Repository
class JooqVolumeRows {

    private final DSLContext dsl;

    JooqVolumeRows(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The first id after the table's rows; works on the bare number of any key column, typed id or not. */
    long nextId(Table<?> table, TableField<?, ?> id) {
        Field<Long> number = DSL.field(DSL.name(id.getName()), Long.class);
        return dsl.select(DSL.coalesce(DSL.max(number), 0L)).from(table).fetchSingle().value1() + 1;
    }

    /** Writes the rows in chunks and empties the list; callers flush a parent's rows before its children's (foreign keys). */
    <R extends TableRecord<R>> void flush(List<R> rows) {
        JooqBulkInsert.all(dsl, rows);
        rows.clear();
    }

    /** Ids were given, not drawn: H2's identity columns must be moved past them (MariaDB moves its own). */
    void restartIdentities(List<TableField<?, ?>> ids) {
        if (dsl.dialect().family() != SQLDialect.H2) {
            return;
        }
        for (TableField<?, ?> id : ids) {
            Table<?> table = Objects.requireNonNull(id.getTable());
            long next = nextId(table, id);
            dsl.execute("ALTER TABLE " + table.getName() + " ALTER COLUMN id RESTART WITH " + next);
        }
    }
}
