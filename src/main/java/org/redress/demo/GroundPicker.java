package org.redress.demo;

import org.redress.domain.appeal.Ground;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * The grounds applicants tick, in a realistic mix: facts wrong and already rectified most often,
 * "published past its period" only against list entries. One ground usually, two or three often.
 */
final class GroundPicker {

    private static final Map<Ground, Integer> WEIGHTS = weights();

    private GroundPicker() {
    }

    static Set<Ground> draw(List<DisputedItem> items, RandomGenerator random) {
        boolean listed = items.stream().anyMatch(DisputedItem::isListEntry);
        int roll = random.nextInt(100);
        int count = roll < 55 ? 1 : roll < 90 ? 2 : 3;
        Set<Ground> grounds = EnumSet.noneOf(Ground.class);
        while (grounds.size() < count) {
            int total = 0;
            for (var weight : WEIGHTS.entrySet()) {
                if (allowed(weight.getKey(), listed, grounds)) {
                    total += weight.getValue();
                }
            }
            int draw = random.nextInt(total);
            for (var weight : WEIGHTS.entrySet()) {
                if (allowed(weight.getKey(), listed, grounds)) {
                    draw -= weight.getValue();
                    if (draw < 0) {
                        grounds.add(weight.getKey());
                        break;
                    }
                }
            }
        }
        return grounds;
    }

    private static boolean allowed(Ground ground, boolean listed, Set<Ground> chosen) {
        return !chosen.contains(ground) && (ground != Ground.PUBLISHED_PAST_PERIOD || listed)
                && !(ground == Ground.OTHER && !chosen.isEmpty());
    }

    private static Map<Ground, Integer> weights() {
        Map<Ground, Integer> weights = new EnumMap<>(Ground.class);
        weights.put(Ground.NOT_ME, 7);
        weights.put(Ground.FACTS_WRONG, 22);
        weights.put(Ground.EVIDENCE_INSUFFICIENT, 12);
        weights.put(Ground.PROCEDURE_NOT_FOLLOWED, 10);
        weights.put(Ground.RULE_NOT_APPLICABLE, 7);
        weights.put(Ground.DISPROPORTIONATE, 12);
        weights.put(Ground.ALREADY_RECTIFIED, 16);
        weights.put(Ground.PUBLISHED_PAST_PERIOD, 8);
        weights.put(Ground.DUPLICATE, 5);
        weights.put(Ground.OTHER, 4);
        return weights;
    }
}
