package cn.kunming.kjj.carrier.eligibility;

import cn.kunming.kjj.carrier.common.PortalException;

import java.util.List;

/** Facts refused before evaluation; the first problem is the message, all are available. */
public class InvalidFactsException extends PortalException {

    private final transient List<FactsCheck.Problem> problems;

    public InvalidFactsException(List<FactsCheck.Problem> problems) {
        super(problems.getFirst().key(), problems.getFirst().args());
        this.problems = List.copyOf(problems);
    }

    public List<FactsCheck.Problem> problems() {
        return problems;
    }
}
