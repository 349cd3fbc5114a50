package cn.kunming.kjj.carrier.expertreview;

import cn.kunming.kjj.carrier.common.ExpertId;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The random draw of experts for a subject (随机抽取, P4.4), after the avoidance rules have left the eligible ones.
 * Experts of the subject's field come before the others; among them, those with fewer current assignments come first
 * (rotation), and within the same field and load the order is drawn at random from the seed. The same seed and the same
 * candidates give the same experts, so a recorded draw can be replayed.
 */
public final class ExpertDraw {

    private ExpertDraw() {
    }

    /** An eligible expert as the draw sees it: in the subject's field or not, and how many reviews it has open. */
    public record Entrant(ExpertId expert, boolean inField, int load) {

        public Entrant {
            if (load < 0) {
                throw new IllegalArgumentException("negative load");
            }
        }
    }

    /** The first {@code needed} experts of the drawn order (fewer when there are fewer entrants). */
    public static List<ExpertId> draw(List<Entrant> entrants, int needed, long seed) {
        Random random = new Random(seed);
        Map<Tier, List<Entrant>> tiers = new TreeMap<>();
        entrants.stream().sorted(Comparator.comparing(Entrant::expert))
                .forEach(e -> tiers.computeIfAbsent(new Tier(!e.inField(), e.load()), t -> new ArrayList<>()).add(e));
        List<ExpertId> order = new ArrayList<>();
        for (List<Entrant> tier : tiers.values()) {
            Collections.shuffle(tier, random);
            tier.forEach(e -> order.add(e.expert()));
        }
        return List.copyOf(order.subList(0, Math.clamp(needed, 0, order.size())));
    }

    /** The candidates as recorded with a draw: {@code id:F|-:load}, in id order, e.g. {@code 12:F:0,15:-:2}. */
    public static String describe(List<Entrant> entrants) {
        return entrants.stream().sorted(Comparator.comparing(Entrant::expert))
                .map(e -> e.expert() + ":" + (e.inField() ? "F" : "-") + ":" + e.load())
                .collect(Collectors.joining(","));
    }

    /** The candidates of a recorded draw, read back for its replay. */
    public static List<Entrant> parse(String described) {
        if (described.isBlank()) {
            return List.of();
        }
        List<Entrant> entrants = new ArrayList<>();
        for (String part : described.split(",")) {
            String[] p = part.split(":");
            entrants.add(new Entrant(ExpertId.of(Long.parseLong(p[0])), "F".equals(p[1]), Integer.parseInt(p[2])));
        }
        return entrants;
    }

    /** Other fields after the subject's own, then fewer open reviews first. */
    private record Tier(boolean outOfField, int load) implements Comparable<Tier> {
        @Override
        public int compareTo(Tier o) {
            return Comparator.comparing(Tier::outOfField).thenComparingInt(Tier::load).compare(this, o);
        }
    }
}
