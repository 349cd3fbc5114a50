package cn.kunming.kjj.carrier.common;

/**
 * The place of a field in a form, as a refusal names it: by the label people see where the bundles have one —
 * {@code field.<path without rows>} first ({@code field.team.name}), then {@code field.<last component>} for names
 * that mean the same in every form — otherwise by the path itself; a list's row is added ({@code team[2].name} reads
 * 「姓名（第 2 行）」).
 */
public record FieldName(String path) {

    /** The text of the place in the language of the message. */
    String label(java.util.Locale locale) {
        String last = path.substring(path.lastIndexOf('.') + 1);
        String row = "";
        int bracket = path.lastIndexOf('[');
        if (bracket >= 0 && path.indexOf(']', bracket) > bracket) {
            row = Messages.get("field.row", locale, path.substring(bracket + 1, path.indexOf(']', bracket)));
        }
        if (last.contains("[")) {
            last = last.substring(0, last.indexOf('['));
        }
        String label = Messages.get("field." + path.replaceAll("\\[\\d+]", ""), locale);
        if (label.startsWith("!")) {
            label = Messages.get("field." + last, locale);
        }
        return label.startsWith("!") ? path : label + row;
    }
}
