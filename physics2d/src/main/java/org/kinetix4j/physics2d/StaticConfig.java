package org.kinetix4j.physics2d;

/**
 * Everything that fixes the per-environment array sizes of a batch (Jax2D {@code StaticSimParams}).
 *
 * <p>Capacities are per environment: every environment of a batch has {@code numPolygons} polygon slots,
 * {@code numCircles} circle slots and so on, of which any subset may be active. The number of environments is
 * not part of the config: it is an allocation size, chosen when a {@link BatchState} is created.
 *
 * @param numPolygons           polygon slots P, including the {@code numStaticFixatedPolys} world polygons
 * @param numCircles            circle slots C
 * @param numJoints             joint slots J
 * @param numThrusters          thruster slots T
 * @param maxPolygonVertices    vertex rows per polygon; Jax2D hard-codes 4 in several routines, so it must be 4
 * @param numSolverIterations   sequential-impulse iterations per step (10)
 * @param solverBatchSize       lanes per contact batch (16); fixes the solver's batch order (spec §5.2)
 * @param doWarmStarting        apply last step's accumulated impulses
 * @param numStaticFixatedPolys polygon slots 0..F-1 (floor, walls, ceiling) that never pair with each other
 * @param emulatePaddingQuirk   reproduce Jax2D's padding-lane write on XLA:CPU (spec §5.2): the last pair of a
 *                              group with padding lanes is always solved from zero accumulated impulse. On by
 *                              default for parity with Jax2D; off for parity with Kinetix.js (Appendix B, K1).
 */
public record StaticConfig(
        int numPolygons,
        int numCircles,
        int numJoints,
        int numThrusters,
        int maxPolygonVertices,
        int numSolverIterations,
        int solverBatchSize,
        boolean doWarmStarting,
        int numStaticFixatedPolys,
        boolean emulatePaddingQuirk) {

    /** Vertex rows per polygon; the only value the reference supports. */
    public static final int VERTICES = 4;

    /** Validates the capacities; every violation names the field, its value and the rule. */
    public StaticConfig {
        requireAtLeast("numPolygons", numPolygons, 0);
        requireAtLeast("numCircles", numCircles, 0);
        requireAtLeast("numJoints", numJoints, 0);
        requireAtLeast("numThrusters", numThrusters, 0);
        requireAtLeast("numSolverIterations", numSolverIterations, 0);
        requireAtLeast("solverBatchSize", solverBatchSize, 1);
        requireAtLeast("numStaticFixatedPolys", numStaticFixatedPolys, 0);
        if (maxPolygonVertices != VERTICES) {
            throw new IllegalArgumentException(
                    "maxPolygonVertices=" + maxPolygonVertices + " is not supported: Jax2D hard-codes 4 vertex rows");
        }
        if (numStaticFixatedPolys > numPolygons) {
            throw new IllegalArgumentException("numStaticFixatedPolys=" + numStaticFixatedPolys
                    + " must not exceed numPolygons=" + numPolygons);
        }
        if (numPolygons + numCircles > 4096) {
            throw new IllegalArgumentException("numPolygons + numCircles=" + (numPolygons + numCircles)
                    + " exceeds 4096: the engine does dense O(n^2) work per environment");
        }
    }

    private static void requireAtLeast(String name, int value, int min) {
        if (value < min) {
            throw new IllegalArgumentException(name + "=" + value + " must be >= " + min);
        }
    }

    /** Capacities with every other field at Jax2D's default. */
    public static StaticConfig of(int numPolygons, int numCircles, int numJoints, int numThrusters) {
        return new StaticConfig(numPolygons, numCircles, numJoints, numThrusters, VERTICES, 10, 16, true, 4, true);
    }

    /** Jax2D's default sizes: 12 polygons, 12 circles, 12 joints, 12 thrusters. */
    public static StaticConfig jax2dDefault() {
        return of(12, 12, 12, 12);
    }

    /** Kinetix size S: 5 polygons (4 static), 2 circles, 1 joint, 1 thruster. */
    public static StaticConfig small() {
        return of(5, 2, 1, 1);
    }

    /** Kinetix size M: 6 polygons, 3 circles, 2 joints, 2 thrusters. */
    public static StaticConfig medium() {
        return of(6, 3, 2, 2);
    }

    /** Kinetix size L: 12 polygons, 4 circles, 6 joints, 2 thrusters. */
    public static StaticConfig large() {
        return of(12, 4, 6, 2);
    }

    /** This config with the padding quirk of spec §5.2 switched on or off. */
    public StaticConfig withPaddingQuirk(boolean emulate) {
        return new StaticConfig(numPolygons, numCircles, numJoints, numThrusters, maxPolygonVertices,
                numSolverIterations, solverBatchSize, doWarmStarting, numStaticFixatedPolys, emulate);
    }

    /** This config with warm starting switched on or off. */
    public StaticConfig withWarmStarting(boolean warmStart) {
        return new StaticConfig(numPolygons, numCircles, numJoints, numThrusters, maxPolygonVertices,
                numSolverIterations, solverBatchSize, warmStart, numStaticFixatedPolys, emulatePaddingQuirk);
    }

    /** Shape slots N = P + C; Jax2D's global ("unified") shape index runs over 0..N-1, polygons first. */
    public int numShapes() {
        return numPolygons + numCircles;
    }

    /** Length of one environment's action vector: J motor entries, then T thruster entries. */
    public int actionSize() {
        return numJoints + numThrusters;
    }

    /** Global shape index of polygon slot {@code polygonSlot}. */
    public int polygonShape(int polygonSlot) {
        return polygonSlot;
    }

    /** Global shape index of circle slot {@code circleSlot}. */
    public int circleShape(int circleSlot) {
        return numPolygons + circleSlot;
    }

    /** Whether global shape index {@code shape} is a polygon. */
    public boolean isPolygon(int shape) {
        return shape < numPolygons;
    }

    /** Circle–circle pairs: C(C−1)/2. */
    public int numCircleCirclePairs() {
        return numCircles * (numCircles - 1) / 2;
    }

    /** Circle–polygon pairs: C·P. */
    public int numCirclePolyPairs() {
        return numCircles * numPolygons;
    }

    /** Polygon–polygon pairs: P(P−1)/2 minus the pairs of two static world polygons. */
    public int numPolyPolyPairs() {
        return numPolygons * (numPolygons - 1) / 2 - numStaticFixatedPolys * (numStaticFixatedPolys - 1) / 2;
    }
}
