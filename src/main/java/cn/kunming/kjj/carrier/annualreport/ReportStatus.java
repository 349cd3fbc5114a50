package cn.kunming.kjj.carrier.annualreport;

/** A report is written (DRAFT), SUBMITTED and locked, and may be RETURNED for revision like a dossier. */
public enum ReportStatus {
    DRAFT, SUBMITTED, RETURNED;

    public boolean editable() {
        return this != SUBMITTED;
    }

    public String messageKey() {
        return "reportStatus." + name();
    }
}
