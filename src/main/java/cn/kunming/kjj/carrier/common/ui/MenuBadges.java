package cn.kunming.kjj.carrier.common.ui;

import java.util.Map;

/**
 * How many items wait for the signed-in person behind menu entries, by the entry's route path (issue 25, part 6).
 * The shell asks once and keeps the answer for its UI a short while, not once per entry or navigation.
 */
public interface MenuBadges {

    Map<String, Long> waitingByPath();
}
