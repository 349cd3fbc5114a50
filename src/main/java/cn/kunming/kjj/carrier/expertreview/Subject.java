package cn.kunming.kjj.carrier.expertreview;

/** One thing under expert review, named by its type and its id in that type's table. */
public record Subject(SubjectType type, long id) {

    public static Subject dossier(long dossierId) {
        return new Subject(SubjectType.DOSSIER, dossierId);
    }

    public static Subject report(long reportId) {
        return new Subject(SubjectType.ANNUAL_REPORT, reportId);
    }

    /** The expert's page of this subject. */
    public String path() {
        return "expert/" + type.pathSegment() + "/" + id;
    }
}
