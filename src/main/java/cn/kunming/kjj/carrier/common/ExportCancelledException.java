package cn.kunming.kjj.carrier.common;

/** Thrown inside an export that its requester cancelled; nothing of it is kept. */
public class ExportCancelledException extends PortalException {

    public ExportCancelledException() {
        super("export.cancelled");
    }
}
