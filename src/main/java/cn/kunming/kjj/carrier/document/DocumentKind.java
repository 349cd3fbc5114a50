package cn.kunming.kjj.carrier.document;

import java.util.List;

/**
 * The official documents the portal writes, each from a replaceable .docx template. {@code fields} are the
 * placeholders of the document ({@code {{name}}}); {@code rowFields} those of its table's repeated row
 * ({@code {{row.name}}}), empty when the document has no list.
 */
public enum DocumentKind {
    RECOMMENDATION_OPINION("P4.3", List.of("tenantName", "callTitle", "count", "officerName", "date"),
            List.of("no", "unitName", "kind", "name", "opinion")),
    PUBLIC_NOTICE("P4.5", List.of("title", "count", "startsOn", "endsOn", "calendarNote", "contact", "date"),
            List.of("no", "unitName", "kind", "name", "tenantName")),
    APPROVAL_NOTICE("P4.5", List.of("title", "documentNumber", "year", "count", "date"),
            List.of("no", "unitName", "kind", "name", "tenantName", "field")),
    DISQUALIFICATION_NOTICE("M5.3", List.of("unitName", "carrierName", "kind", "ground", "rule", "detail",
            "effectiveOn", "banEndsOn", "recovery", "date"), List.of());

    private final String rule;
    private final List<String> fields;
    private final List<String> rowFields;

    DocumentKind(String rule, List<String> fields, List<String> rowFields) {
        this.rule = rule;
        this.fields = fields;
        this.rowFields = rowFields;
    }

    public String rule() {
        return rule;
    }

    public List<String> fields() {
        return fields;
    }

    public List<String> rowFields() {
        return rowFields;
    }

    /** Every placeholder as written in a template. */
    public List<String> placeholders() {
        return java.util.stream.Stream.concat(fields.stream(), rowFields.stream().map(f -> "row." + f)).toList();
    }

    public String messageKey() {
        return "documentKind." + name();
    }
}
