package cn.kunming.kjj.carrier.expertreview;

import cn.kunming.kjj.carrier.common.CarrierKind;

import java.util.Optional;

/**
 * Implemented by each feature whose records experts review. The engine asks it for a subject only once an
 * assignment of the signed-in expert names it, or for an officer who already found the record in scope.
 */
public interface SubjectSource {

    SubjectType type();

    /** The subject, read through the assignment rather than a tenant scope. */
    Optional<ReviewSubject> find(long id);

    /** Whether a subject of the kind is still being scored, so that the kind's criteria must stay as they are. */
    default boolean reviewInProgress(CarrierKind kind) {
        return false;
    }
}
