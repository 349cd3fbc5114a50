package cn.kunming.kjj.carrier.search.repository;

import cn.kunming.kjj.carrier.common.SearchTerm;
import org.jspecify.annotations.Nullable;

/**
 * What a reader typed, ready for SQL: LIKE patterns with its wildcards escaped (as typed, and in upper case for credit
 * codes), and the number it is, if it is one (a dossier's or carrier's number). Escaped as every list's search is
 * ({@link SearchTerm}).
 */
public record SearchText(String contains, String codeContains, @Nullable Long number, boolean numberOnly) {

    public static final char ESCAPE = SearchTerm.ESCAPE;

    public static SearchText of(String text) {
        String escaped = SearchTerm.escaped(text);
        Long number = text.matches("[0-9]{1,18}") ? Long.valueOf(text) : null;
        // a single digit is a record's number, not a part of every code and name that holds it
        return new SearchText("%" + escaped + "%", "%" + escaped.toUpperCase(java.util.Locale.ROOT) + "%", number,
                number != null && text.length() < 2);
    }
}
