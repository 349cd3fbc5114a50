package cn.kunming.kjj.carrier.common;

/** The record does not exist, or lies outside the caller's scope: the two are deliberately the same. */
public class NotFoundException extends PortalException {

    public NotFoundException() {
        super("error.notFound");
    }
}
