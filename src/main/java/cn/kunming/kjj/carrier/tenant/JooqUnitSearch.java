package cn.kunming.kjj.carrier.tenant;

import cn.kunming.kjj.carrier.common.SearchTerm;
import cn.kunming.kjj.carrier.common.UnitId;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.impl.DSL;

import java.util.function.Function;

import static cn.kunming.kjj.carrier.jooq.Tables.HOST_UNIT;

/**
 * A list's search by its unit, as SQL for the lists of other features (dossiers, carriers): the row's unit matches by
 * part of its name or part of its credit code. A subquery rather than a join, so that a list's count and its page
 * apply the same condition to the same table.
 */
public final class JooqUnitSearch {

    private JooqUnitSearch() {
    }

    public static Condition unitMatches(Field<UnitId> unitId, SearchTerm term) {
        if (term.numberOnly()) {
            return DSL.falseCondition();
        }
        return unitId.in(DSL.select(HOST_UNIT.ID).from(HOST_UNIT).where(matches(term)));
    }

    /** A host unit whose name or credit code holds the text. */
    public static Condition matches(SearchTerm term) {
        return HOST_UNIT.NAME.like(term.contains(), SearchTerm.ESCAPE)
                .or(HOST_UNIT.CREDIT_CODE.like(term.codeContains(), SearchTerm.ESCAPE));
    }

    /** A row matches by its own name or its unit, or by its number when the text is one. */
    public static <I> Condition rowMatches(Field<String> name, Field<UnitId> unitId, Field<I> id,
                                           Function<Long, I> typedId, SearchTerm term) {
        Condition c = term.numberOnly() ? DSL.falseCondition()
                : name.like(term.contains(), SearchTerm.ESCAPE).or(unitMatches(unitId, term));
        Long number = term.number();
        return number == null ? c : c.or(id.eq(typedId.apply(number)));
    }
}
