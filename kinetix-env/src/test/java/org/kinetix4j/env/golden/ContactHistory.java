package org.kinetix4j.env.golden;

import java.util.ArrayList;
import java.util.List;
import org.kinetix4j.physics2d.BatchState;
import org.kinetix4j.physics2d.ManifoldTable;

/**
 * Records, step by step, the contacts that make Kinetix.js differ from Jax2D (spec jax2d.md Appendix B), so a
 * divergence from a golden trace can be attributed to its cause:
 * <ul>
 *   <li>K3: a polygon touching the right wall (polygon 2), where Kinetix.js's string sort picks the wrong
 *       incident vertices;</li>
 *   <li>K2: a circle–polygon contact that ends and later re-forms, which Kinetix.js warm-starts from its stale
 *       impulse;</li>
 *   <li>K8: otherwise, float32 (here) against float64 (Kinetix.js): tie-break flips of equal-depth contact pairs
 *       and their chaotic growth.</li>
 * </ul>
 */
final class ContactHistory {
    private static final int RIGHT_WALL = 2;

    private final List<Integer> reformedCirclePolySteps = new ArrayList<>();
    private final boolean[] circlePolyWasActive;
    private final boolean[] circlePolyEnded;
    private int firstRightWallStep = -1;

    ContactHistory(BatchState state) {
        this.circlePolyWasActive = new boolean[state.config.numCirclePolyPairs()];
        this.circlePolyEnded = new boolean[state.config.numCirclePolyPairs()];
    }

    void record(BatchState state, int step) {
        ManifoldTable pp = state.polyPolyManifolds;
        for (int pair = 0; pair < state.pairs.polyPolyA.length; pair++) {
            boolean wall = state.pairs.polyPolyA[pair] == RIGHT_WALL || state.pairs.polyPolyB[pair] == RIGHT_WALL;
            if (wall && pp.active[pp.row(0, 2 * pair)] && firstRightWallStep < 0) {
                firstRightWallStep = step;
            }
        }
        ManifoldTable cp = state.circlePolyManifolds;
        for (int pair = 0; pair < circlePolyWasActive.length; pair++) {
            boolean active = cp.active[cp.row(0, pair)];
            if (active && circlePolyEnded[pair]) {
                reformedCirclePolySteps.add(step);
                circlePolyEnded[pair] = false;
            }
            if (!active && circlePolyWasActive[pair]) {
                circlePolyEnded[pair] = true;
            }
            circlePolyWasActive[pair] |= active;
        }
    }

    /** The Kinetix.js differences that occurred at or before {@code step}. */
    String explain(int step) {
        List<String> causes = new ArrayList<>();
        if (firstRightWallStep > 0 && firstRightWallStep <= step) {
            causes.add("K3 right-wall contact from step " + firstRightWallStep);
        }
        int reformed = reformedCirclePolySteps.stream().filter(s -> s <= step).findFirst().orElse(-1);
        if (reformed > 0) {
            causes.add("K2 circle-polygon contact re-formed at step " + reformed);
        }
        if (causes.isEmpty()) {
            causes.add("K8 float32 vs float64 contact tie-break / chaotic growth");
        }
        return String.join("; ", causes);
    }
}
