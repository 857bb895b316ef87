package org.kinetix4j.physics2d;

/**
 * The fixed candidate-pair lists of a {@link StaticConfig} (spec §1.4) and the solver's batch geometry (§5.2).
 *
 * <p>The order is part of the API: Kinetix indexes reward arrays with it. Shape a of a pair is its first shape:
 * <ul>
 *   <li>circle–circle: all (i, j), i &lt; j, lexicographic; a = circle i, b = circle j;</li>
 *   <li>circle–polygon: pair {@code c * P + p} is (circle c, polygon p);</li>
 *   <li>polygon–polygon: all (i, j), i &lt; j, lexicographic, except both &lt; F.</li>
 * </ul>
 * Every array holds <em>global</em> shape indices. One instance is shared by all environments of a config.
 */
public final class PairTables {
    /** Global shape index of each polygon–polygon pair's first polygon. */
    public final int[] polyPolyA;
    /** Global shape index of each polygon–polygon pair's second polygon. */
    public final int[] polyPolyB;
    /** Global shape index of each circle–polygon pair's circle. */
    public final int[] circlePolyA;
    /** Global shape index of each circle–polygon pair's polygon. */
    public final int[] circlePolyB;
    /** Global shape index of each circle–circle pair's first circle. */
    public final int[] circleCircleA;
    /** Global shape index of each circle–circle pair's second circle. */
    public final int[] circleCircleB;

    /** Builds the pair lists of {@code config}. */
    public PairTables(StaticConfig config) {
        int p = config.numPolygons();
        int c = config.numCircles();
        int f = config.numStaticFixatedPolys();
        polyPolyA = new int[config.numPolyPolyPairs()];
        polyPolyB = new int[polyPolyA.length];
        int k = 0;
        for (int i = 0; i < p; i++) {
            for (int j = i + 1; j < p; j++) {
                if (i < f && j < f) {
                    continue;
                }
                polyPolyA[k] = i;
                polyPolyB[k] = j;
                k++;
            }
        }
        circlePolyA = new int[config.numCirclePolyPairs()];
        circlePolyB = new int[circlePolyA.length];
        for (int ci = 0; ci < c; ci++) {
            for (int pi = 0; pi < p; pi++) {
                circlePolyA[ci * p + pi] = config.circleShape(ci);
                circlePolyB[ci * p + pi] = pi;
            }
        }
        circleCircleA = new int[config.numCircleCirclePairs()];
        circleCircleB = new int[circleCircleA.length];
        k = 0;
        for (int i = 0; i < c; i++) {
            for (int j = i + 1; j < c; j++) {
                circleCircleA[k] = config.circleShape(i);
                circleCircleB[k] = config.circleShape(j);
                k++;
            }
        }
    }
}
