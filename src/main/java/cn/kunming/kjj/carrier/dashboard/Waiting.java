package cn.kunming.kjj.carrier.dashboard;

/** How many items of a kind of work wait for the signed-in person, in their scope. */
public record Waiting(WaitingWork work, long count) {
}
