package cn.kunming.kjj.carrier.common;

import org.jspecify.annotations.Nullable;

import java.util.Locale;

/**
 * What a reader typed into a list's search, ready for a LIKE in SQL: stripped (the full-width space too), at most
 * {@value #LONGEST} characters, without control characters, its wildcards escaped so that a typed {@code %} or
 * {@code _} is text and never widens the search. Matches part of a name, part or all of a unified social credit code
 * (in upper case), or a record's number when it is one.
 */
public record SearchTerm(String text) {

    public static final int LONGEST = 50;
    public static final char ESCAPE = '!';

    public SearchTerm {
        if (text.isBlank() || text.length() > LONGEST || text.chars().anyMatch(Character::isISOControl)) {
            throw new PortalException("list.searchInvalid", LONGEST);
        }
    }

    /** Null for nothing typed (no search); refused, with the list's message, for what no search can be. */
    public static @Nullable SearchTerm of(@Nullable String typed) {
        String text = typed == null ? "" : typed.strip();
        return text.isEmpty() ? null : new SearchTerm(text);
    }

    /** As typed, for an address or a form: the text, or null for no search. */
    public static @Nullable String textOf(@Nullable SearchTerm term) {
        return term == null ? null : term.text();
    }

    /** A LIKE pattern for the text anywhere in a name, with {@link #ESCAPE} as its escape character. */
    public String contains() {
        return "%" + escaped(text) + "%";
    }

    /** A LIKE pattern for the text anywhere in a credit code, which is stored in upper case. */
    public String codeContains() {
        return "%" + escaped(text.toUpperCase(Locale.ROOT)) + "%";
    }

    /** The record number the text is, if it is all digits (at most 18); null otherwise. */
    public @Nullable Long number() {
        return text.matches("[0-9]{1,18}") ? Long.valueOf(text) : null;
    }

    /** A single digit names a record's number, not a part of every code and name that holds it. */
    public boolean numberOnly() {
        return number() != null && text.length() < 2;
    }

    public static String escaped(String text) {
        return text.replace(String.valueOf(ESCAPE), "" + ESCAPE + ESCAPE).replace("%", ESCAPE + "%")
                .replace("_", ESCAPE + "_");
    }
}
