package org.kinetix4j.env;

import org.kinetix4j.physics2d.BatchState;
import org.kinetix4j.physics2d.PairTables;
import org.kinetix4j.physics2d.ShapeTable;

/**
 * The dense-shaping distance of spec kinetix.md §1.4 step 2.3: the sum, over every green–blue pair of the three
 * pair lists (touching or not), of the distance between the two shapes' positions. Inactive shapes count as role
 * 0, so they contribute nothing. 0 when there is no such pair.
 */
final class GoalDistance {
    private GoalDistance() {
    }

    static float of(BatchState state, EnvTables tables, int env) {
        PairTables pairs = state.pairs;
        float sum = 0f;
        sum += over(state, tables, env, pairs.polyPolyA, pairs.polyPolyB);
        sum += over(state, tables, env, pairs.circlePolyA, pairs.circlePolyB);
        sum += over(state, tables, env, pairs.circleCircleA, pairs.circleCircleB);
        return sum;
    }

    private static float over(BatchState state, EnvTables tables, int env, int[] first, int[] second) {
        ShapeTable s = state.shapes;
        float sum = 0f;
        for (int pair = 0; pair < first.length; pair++) {
            int a = s.row(env, first[pair]);
            int b = s.row(env, second[pair]);
            int roleA = s.active[a] ? tables.role[tables.shapeRow(env, first[pair])] : 0;
            int roleB = s.active[b] ? tables.role[tables.shapeRow(env, second[pair])] : 0;
            if (roleA * roleB == Role.GREEN.code * Role.BLUE.code) {
                float dx = s.positionX[a] - s.positionX[b];
                float dy = s.positionY[a] - s.positionY[b];
                sum += (float) Math.sqrt(dx * dx + dy * dy);
            }
        }
        return sum;
    }
}
