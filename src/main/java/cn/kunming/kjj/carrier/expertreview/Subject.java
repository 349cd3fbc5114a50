package cn.kunming.kjj.carrier.expertreview;

import cn.kunming.kjj.carrier.common.ReportId;
import cn.kunming.kjj.carrier.common.DossierId;

/** One thing under expert review, named by its type and its id in that type's table. */
public record Subject(SubjectType type, long id) {

    public static Subject dossier(DossierId dossierId) {
        return new Subject(SubjectType.DOSSIER, dossierId.value());
    }

    public static Subject report(ReportId reportId) {
        return new Subject(SubjectType.ANNUAL_REPORT, reportId.value());
    }

    /** The expert's page of this subject. */
    public String path() {
        return "expert/" + type.pathSegment() + "/" + id;
    }
}
