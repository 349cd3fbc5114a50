package cn.kunming.kjj.carrier.expertreview;

import cn.kunming.kjj.carrier.audit.AuditedEntity;

import java.util.Arrays;
import java.util.Optional;

/**
 * What experts review: a dossier (P4.4) or a carrier's yearly report (M5.1). Each names the rule its audit events
 * cite and the path segment of its page for the expert, kept as before the engine was one so that links already sent
 * in notifications still open.
 */
public enum SubjectType {
    DOSSIER("review", AuditedEntity.DOSSIER, "P4.4"),
    ANNUAL_REPORT("report", AuditedEntity.ANNUAL_REPORT, "M5.1");

    private final String pathSegment;
    private final AuditedEntity entity;
    private final String rule;

    SubjectType(String pathSegment, AuditedEntity entity, String rule) {
        this.pathSegment = pathSegment;
        this.entity = entity;
        this.rule = rule;
    }

    public String pathSegment() {
        return pathSegment;
    }

    public AuditedEntity entity() {
        return entity;
    }

    public String rule() {
        return rule;
    }

    public String messageKey() {
        return "subjectType." + name();
    }

    public static Optional<SubjectType> ofPathSegment(String segment) {
        return Arrays.stream(values()).filter(t -> t.pathSegment.equals(segment)).findFirst();
    }
}
