package org.kinetix4j.physics2d;

/**
 * Per-thread scratch for stepping one environment at a time; sized once per {@link StaticConfig} so the step
 * never allocates. Nothing here outlives a step.
 */
final class StepWorkspace {
    /**
     * cos(rotation) per global shape, for active shapes only; rotations only change at integration, so one
     * evaluation serves the whole step.
     */
    final float[] cos;
    /** sin(rotation) per global shape. */
    final float[] sin;
    /** World vertices of each polygon at detection time, {@code [shape][4]}. */
    final float[] worldVertexX;
    /** World vertices of each polygon at detection time, {@code [shape][4]}. */
    final float[] worldVertexY;
    /** Each polygon's local edge normals (spec §2, {@code rot_left} skew included), {@code [shape][4]}. */
    final float[] edgeNormalX;
    /** Each polygon's local edge normals, y part. */
    final float[] edgeNormalY;
    /** World axis-aligned bounding box of each active shape, for culling pairs that cannot touch. */
    final float[] boundsMinX;
    final float[] boundsMinY;
    final float[] boundsMaxX;
    final float[] boundsMaxY;
    /** Per contact group: its active pairs in ascending pair order (for polygons: slot 0 active). */
    final int[][] activePairs = new int[ContactGroup.values().length][];
    /** Per contact group: how many pairs are active this step. */
    final int[] activeCount = new int[ContactGroup.values().length];
    /**
     * Per contact group and point, fixed for the whole step once detection has run: whether the solver resolves
     * it (spec §5.1's shouldResolve), its Baumgarte bias and its combined friction coefficient.
     */
    final boolean[][] resolvable = new boolean[ContactGroup.values().length][];
    final float[][] bias = new float[ContactGroup.values().length][];
    final float[][] friction = new float[ContactGroup.values().length][];
    /**
     * The solver's visiting plan, per sweep ({@link ContactSolver#SWEEPS}: polygon slot 0, polygon slot 1,
     * circle–polygon, circle–circle): the resolvable points in the reference's batch and lane order (local point
     * index and the pair's two global shapes), and where each batch ends in that list.
     */
    final int[][] visitPoint = new int[ContactSolver.SWEEPS][];
    final int[][] visitShapeA = new int[ContactSolver.SWEEPS][];
    final int[][] visitShapeB = new int[ContactSolver.SWEEPS][];
    final int[][] batchEnd = new int[ContactSolver.SWEEPS][];
    /** Per-lane or per-item deltas of one Jacobi group: shape a, shape b, Δv_a, Δω_a, Δv_b, Δω_b. */
    final int[] deltaShapeA;
    final int[] deltaShapeB;
    final float[] deltaVelAX;
    final float[] deltaVelAY;
    final float[] deltaAngA;
    final float[] deltaVelBX;
    final float[] deltaVelBY;
    final float[] deltaAngB;
    int deltaCount;
    /** findAxis results: separation, face index, the two incident vertex indices of the other polygon. */
    float axisSeparation;
    int axisFace;
    int axisIncident0;
    int axisIncident1;
    final float[] projA = new float[StaticConfig.VERTICES];
    final float[] projB = new float[StaticConfig.VERTICES];

    StepWorkspace(StaticConfig config) {
        int n = config.numShapes();
        cos = new float[n];
        sin = new float[n];
        worldVertexX = new float[config.numPolygons() * StaticConfig.VERTICES];
        worldVertexY = new float[config.numPolygons() * StaticConfig.VERTICES];
        edgeNormalX = new float[config.numPolygons() * StaticConfig.VERTICES];
        edgeNormalY = new float[config.numPolygons() * StaticConfig.VERTICES];
        boundsMinX = new float[n];
        boundsMinY = new float[n];
        boundsMaxX = new float[n];
        boundsMaxY = new float[n];
        for (ContactGroup group : ContactGroup.values()) {
            int pairs = group.pairCount(config);
            activePairs[group.ordinal()] = new int[pairs];
            resolvable[group.ordinal()] = new boolean[pairs * group.pointsPerPair];
            bias[group.ordinal()] = new float[pairs * group.pointsPerPair];
            friction[group.ordinal()] = new float[pairs * group.pointsPerPair];
        }
        for (int sweep = 0; sweep < ContactSolver.SWEEPS; sweep++) {
            int pairs = ContactSolver.groupOf(sweep).pairCount(config);
            visitPoint[sweep] = new int[pairs];
            visitShapeA[sweep] = new int[pairs];
            visitShapeB[sweep] = new int[pairs];
            batchEnd[sweep] = new int[(pairs + config.solverBatchSize() - 1) / config.solverBatchSize()];
        }
        int items = Math.max(Math.max(config.numPolyPolyPairs(), config.numCirclePolyPairs()),
                Math.max(config.numCircleCirclePairs(), Math.max(config.numJoints(), config.solverBatchSize())));
        deltaShapeA = new int[items];
        deltaShapeB = new int[items];
        deltaVelAX = new float[items];
        deltaVelAY = new float[items];
        deltaAngA = new float[items];
        deltaVelBX = new float[items];
        deltaVelBY = new float[items];
        deltaAngB = new float[items];
    }

    /** Records one item's deltas for a later {@link #applyDeltas}. */
    void addDelta(int shapeA, int shapeB, float dvax, float dvay, float dwa, float dvbx, float dvby, float dwb) {
        int i = deltaCount++;
        deltaShapeA[i] = shapeA;
        deltaShapeB[i] = shapeB;
        deltaVelAX[i] = dvax;
        deltaVelAY[i] = dvay;
        deltaAngA[i] = dwa;
        deltaVelBX[i] = dvbx;
        deltaVelBY[i] = dvby;
        deltaAngB[i] = dwb;
    }

    /**
     * Adds the recorded deltas as JAX's two scatter-adds do: every item's first-shape deltas in item order, then
     * every item's second-shape deltas. Clears the record.
     */
    void applyDeltas(ShapeTable shapes, int base) {
        for (int i = 0; i < deltaCount; i++) {
            int row = base + deltaShapeA[i];
            shapes.velocityX[row] += deltaVelAX[i];
            shapes.velocityY[row] += deltaVelAY[i];
            shapes.angularVelocity[row] += deltaAngA[i];
        }
        for (int i = 0; i < deltaCount; i++) {
            int row = base + deltaShapeB[i];
            shapes.velocityX[row] += deltaVelBX[i];
            shapes.velocityY[row] += deltaVelBY[i];
            shapes.angularVelocity[row] += deltaAngB[i];
        }
        deltaCount = 0;
    }
}
