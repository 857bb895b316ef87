package org.kinetix4j.physics2d;

/**
 * The three contact pair groups, in the order the reference warm-starts and solves them, with where each keeps
 * its pair list and manifolds.
 */
enum ContactGroup {
    /** Polygon–polygon pairs: two contact points per pair. */
    POLY_POLY(2),
    /** Circle–polygon pairs (circle first). */
    CIRCLE_POLY(1),
    /** Circle–circle pairs. */
    CIRCLE_CIRCLE(1);

    /** Every group in order; {@code values()} would clone the array on each call inside the step. */
    static final ContactGroup[] ALL = values();

    /** Contact points per pair. */
    final int pointsPerPair;

    ContactGroup(int pointsPerPair) {
        this.pointsPerPair = pointsPerPair;
    }

    // Switches rather than constant-specific bodies: one class, so every call site stays monomorphic and inlined.

    /** The group's manifold table in {@code state}. */
    ManifoldTable manifolds(BatchState state) {
        return switch (this) {
            case POLY_POLY -> state.polyPolyManifolds;
            case CIRCLE_POLY -> state.circlePolyManifolds;
            case CIRCLE_CIRCLE -> state.circleCircleManifolds;
        };
    }

    /** Global index of each pair's first shape. */
    int[] firstShapes(PairTables pairs) {
        return switch (this) {
            case POLY_POLY -> pairs.polyPolyA;
            case CIRCLE_POLY -> pairs.circlePolyA;
            case CIRCLE_CIRCLE -> pairs.circleCircleA;
        };
    }

    /** Global index of each pair's second shape. */
    int[] secondShapes(PairTables pairs) {
        return switch (this) {
            case POLY_POLY -> pairs.polyPolyB;
            case CIRCLE_POLY -> pairs.circlePolyB;
            case CIRCLE_CIRCLE -> pairs.circleCircleB;
        };
    }

    /** Number of pairs of this group under {@code config}. */
    int pairCount(StaticConfig config) {
        return switch (this) {
            case POLY_POLY -> config.numPolyPolyPairs();
            case CIRCLE_POLY -> config.numCirclePolyPairs();
            case CIRCLE_CIRCLE -> config.numCircleCirclePairs();
        };
    }
}
