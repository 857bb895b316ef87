package org.kinetix4j.levelgen;

import java.util.HashMap;
import java.util.Map;

/**
 * The exact distribution of the sampler's entity counts (spec kinetix.md §6.3), derived from its discrete decisions
 * alone, independently of the generator code: how many shapes, joints, fixed joints and thrusters a level gets and
 * whether it has a usable actuator. Geometry never blocks an addition (a free shape only needs a slot, a
 * connected shape a shape slot and a joint slot, a thruster a non-fixated shape, which A or B always is), so
 * these distributions are exact.
 */
final class CountModel {
    /** One outcome: counts plus whether any motor or thruster is usable. */
    record Outcome(int shapes, int joints, int fixedJoints, int revolute, int thrusters, boolean usable) {
    }

    private CountModel() {
    }

    /** Probability of every outcome for P polygons, C circles, J joints, T thrusters (4 static polygons). */
    static Map<Outcome, Double> distribution(int polygons, int circles, int joints, int thrusters) {
        int capacity = polygons + circles - 4;
        Map<Outcome, Double> states = new HashMap<>();
        // Control guarantee: motor only, thruster only, both (1/3 each); A and B are always added.
        states.put(new Outcome(3, 1, 0, 1, 0, false), 1.0 / 3 * 0.2);   // motor only, motor off
        states.put(new Outcome(3, 1, 0, 1, 0, true), 1.0 / 3 * 0.8);    // motor only, motor on
        states.put(new Outcome(3, 0, 0, 0, 1, true), 1.0 / 3);          // thruster only (+ a free shape)
        states.put(new Outcome(3, 1, 0, 1, 1, true), 1.0 / 3);          // both
        for (int extra = 0; extra < polygons + circles - 7; extra++) {
            states = extraShape(states, capacity, joints);
        }
        for (int extra = 0; extra < thrusters - 1; extra++) {
            Map<Outcome, Double> next = new HashMap<>();
            states.forEach((o, p) -> {
                add(next, o, p * 0.7);
                add(next, o.thrusters < thrusters ? new Outcome(o.shapes, o.joints, o.fixedJoints, o.revolute,
                        o.thrusters + 1, true) : o, p * 0.3);
            });
            states = next;
        }
        return states;
    }

    /** One extra-shape slot: connected 0.35, free 0.35, nothing 0.3. */
    private static Map<Outcome, Double> extraShape(Map<Outcome, Double> states, int capacity, int joints) {
        Map<Outcome, Double> next = new HashMap<>();
        states.forEach((o, p) -> {
            add(next, o, p * 0.3);
            add(next, o.shapes < capacity ? new Outcome(o.shapes + 1, o.joints, o.fixedJoints, o.revolute,
                    o.thrusters, o.usable) : o, p * 0.35);
            if (o.shapes >= capacity || o.joints >= joints) {
                add(next, o, p * 0.35);
                return;
            }
            // The first two joints are always revolute (min_rjoints_bias), later ones with probability 0.5.
            double revolute = o.revolute < 2 ? 1.0 : 0.5;
            add(next, new Outcome(o.shapes + 1, o.joints + 1, o.fixedJoints, o.revolute + 1, o.thrusters, true),
                    p * 0.35 * revolute * 0.8);
            add(next, new Outcome(o.shapes + 1, o.joints + 1, o.fixedJoints, o.revolute + 1, o.thrusters, o.usable),
                    p * 0.35 * revolute * 0.2);
            if (revolute < 1.0) {
                add(next, new Outcome(o.shapes + 1, o.joints + 1, o.fixedJoints + 1, o.revolute, o.thrusters,
                        o.usable), p * 0.35 * (1 - revolute));
            }
        });
        return next;
    }

    private static void add(Map<Outcome, Double> map, Outcome o, double p) {
        map.merge(o, p, Double::sum);
    }
}
