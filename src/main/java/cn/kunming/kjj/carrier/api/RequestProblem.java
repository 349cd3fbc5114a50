package cn.kunming.kjj.carrier.api;

/** A request field that cannot be used; answered with 400 and a problem body naming the field. */
class RequestProblem extends RuntimeException {

    private final String field;

    RequestProblem(String field, String detail) {
        super(detail);
        this.field = field;
    }

    String field() {
        return field;
    }
}
