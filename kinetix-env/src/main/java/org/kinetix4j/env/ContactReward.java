package org.kinetix4j.env;

import org.kinetix4j.physics2d.BatchState;
import org.kinetix4j.physics2d.ManifoldTable;
import org.kinetix4j.physics2d.PairTables;

/**
 * Kinetix's sparse reward from one physics step's manifolds (spec kinetix.md §1.4 step 2.2): −1 if any active
 * contact joins green and red, else +1 if any joins green and blue, else 0. Inactive shapes count as role 0, and
 * the collision matrix is not consulted (jointed shapes that overlap still "touch").
 */
public final class ContactReward {
    private ContactReward() {
    }

    /** The sparse reward of environment {@code env} after a step: −1, 0 or +1. */
    public static int sparseReward(BatchState state, EnvTables tables, int env) {
        PairTables pairs = state.pairs;
        boolean goal = false;
        boolean hazard = false;
        ManifoldTable pp = state.polyPolyManifolds;
        for (int pair = 0; pair < pairs.polyPolyA.length; pair++) {
            if (pp.active[pp.row(env, 2 * pair)]) {
                int kind = contactKind(state, tables, env, pairs.polyPolyA[pair], pairs.polyPolyB[pair]);
                goal |= kind > 0;
                hazard |= kind < 0;
            }
        }
        ManifoldTable cp = state.circlePolyManifolds;
        for (int pair = 0; pair < pairs.circlePolyA.length; pair++) {
            if (cp.active[cp.row(env, pair)]) {
                int kind = contactKind(state, tables, env, pairs.circlePolyA[pair], pairs.circlePolyB[pair]);
                goal |= kind > 0;
                hazard |= kind < 0;
            }
        }
        ManifoldTable cc = state.circleCircleManifolds;
        for (int pair = 0; pair < pairs.circleCircleA.length; pair++) {
            if (cc.active[cc.row(env, pair)]) {
                int kind = contactKind(state, tables, env, pairs.circleCircleA[pair], pairs.circleCircleB[pair]);
                goal |= kind > 0;
                hazard |= kind < 0;
            }
        }
        return hazard ? -1 : (goal ? 1 : 0);
    }

    /** +1 for green–blue, −1 for green–red, 0 otherwise (the reference's role products 2 and 3). */
    private static int contactKind(BatchState state, EnvTables tables, int env, int shapeA, int shapeB) {
        int roleA = effectiveRole(state, tables, env, shapeA);
        int roleB = effectiveRole(state, tables, env, shapeB);
        int product = roleA * roleB;
        return product == Role.GREEN.code * Role.BLUE.code ? 1 : (product == Role.GREEN.code * Role.RED.code ? -1 : 0);
    }

    private static int effectiveRole(BatchState state, EnvTables tables, int env, int shape) {
        return state.shapes.active[state.shapes.row(env, shape)] ? tables.role[tables.shapeRow(env, shape)] : 0;
    }
}
