package cn.kunming.kjj.carrier.common.ui;

import java.util.Map;

/**
 * How many items wait for the signed-in person behind menu entries, by the entry's route path (issue 25, part 6).
 * The shell asks once and keeps the answer for its UI a short while, not once per entry or navigation.
 */
public interface MenuBadges {

    Map<String, Long> waitingByPath();

    /**
     * A number that grows whenever a count may have changed on this node (an audited change committed): the shell
     * counts again at the next navigation instead of showing what the reader's own action just changed.
     */
    default long changes() {
        return 0;
    }
}
