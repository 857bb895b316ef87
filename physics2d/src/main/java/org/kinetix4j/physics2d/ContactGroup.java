package org.kinetix4j.physics2d;

/**
 * The three contact pair groups, in the order the reference warm-starts and solves them, with where each keeps
 * its pair list and manifolds.
 */
enum ContactGroup {
    /** Polygon–polygon pairs: two contact points per pair. */
    POLY_POLY(2) {
        @Override
        ManifoldTable manifolds(BatchState state) {
            return state.polyPolyManifolds;
        }

        @Override
        int[] firstShapes(PairTables pairs) {
            return pairs.polyPolyA;
        }

        @Override
        int[] secondShapes(PairTables pairs) {
            return pairs.polyPolyB;
        }
    },
    /** Circle–polygon pairs (circle first). */
    CIRCLE_POLY(1) {
        @Override
        ManifoldTable manifolds(BatchState state) {
            return state.circlePolyManifolds;
        }

        @Override
        int[] firstShapes(PairTables pairs) {
            return pairs.circlePolyA;
        }

        @Override
        int[] secondShapes(PairTables pairs) {
            return pairs.circlePolyB;
        }
    },
    /** Circle–circle pairs. */
    CIRCLE_CIRCLE(1) {
        @Override
        ManifoldTable manifolds(BatchState state) {
            return state.circleCircleManifolds;
        }

        @Override
        int[] firstShapes(PairTables pairs) {
            return pairs.circleCircleA;
        }

        @Override
        int[] secondShapes(PairTables pairs) {
            return pairs.circleCircleB;
        }
    };

    /** Every group in order; {@code values()} would clone the array on each call inside the step. */
    static final ContactGroup[] ALL = values();

    /** Contact points per pair. */
    final int pointsPerPair;

    ContactGroup(int pointsPerPair) {
        this.pointsPerPair = pointsPerPair;
    }

    /** The group's manifold table in {@code state}. */
    abstract ManifoldTable manifolds(BatchState state);

    /** Global index of each pair's first shape. */
    abstract int[] firstShapes(PairTables pairs);

    /** Global index of each pair's second shape. */
    abstract int[] secondShapes(PairTables pairs);

    /** Number of pairs of this group under {@code config}. */
    int pairCount(StaticConfig config) {
        return switch (this) {
            case POLY_POLY -> config.numPolyPolyPairs();
            case CIRCLE_POLY -> config.numCirclePolyPairs();
            case CIRCLE_CIRCLE -> config.numCircleCirclePairs();
        };
    }
}
