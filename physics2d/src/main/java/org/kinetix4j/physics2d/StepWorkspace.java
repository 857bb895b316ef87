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
    /** Each polygon's local edge lengths and unit directions, {@code [shape][4]}. */
    final float[] edgeLength;
    final float[] edgeUnitX;
    final float[] edgeUnitY;
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
    /** Per contact group and point, fixed for the whole step: whether the solver resolves it (spec §5.1). */
    final boolean[][] resolvable = new boolean[ContactGroup.values().length][];
    /**
     * The solver's lanes for this step: every resolvable point once, sweep after sweep ({@link ContactSolver#SWEEPS}:
     * polygon slot 0, polygon slot 1, circle–polygon, circle–circle), in the reference's batch and lane order.
     * Sweep s owns lanes {@code sweepStart[s] ..}; its batch b ends before lane {@code batchEnd[s][b]}. A lane
     * holds what stays fixed during the iterations (shape rows, manifold geometry, bias, friction, restitution
     * target) and the point's accumulated impulses, written back to the manifold table after the iterations.
     */
    final int[] sweepStart = new int[ContactSolver.SWEEPS];
    final int[][] batchEnd = new int[ContactSolver.SWEEPS][];
    /**
     * The iteration's plan over all sweeps: segment i resolves lanes {@code segmentStart[i] ..< segmentEnd[i]}
     * (one batch) and then zeroes lane {@code segmentZeroedLane[i]}'s impulses (the padding quirk; −1: none).
     * Empty batches without that zeroing are left out.
     */
    final int[] segmentStart;
    final int[] segmentEnd;
    final int[] segmentZeroedLane;
    int segmentCount;
    /** Manifold-table row of each lane's point. */
    final int[] lanePoint;
    /** Shape-table rows of each lane's two shapes. */
    final int[] laneShapeA;
    final int[] laneShapeB;
    final float[] laneNormalX;
    final float[] laneNormalY;
    final float[] laneContactX;
    final float[] laneContactY;
    /** Baumgarte bias, combined friction coefficient and restitution velocity target of each lane. */
    final float[] laneBias;
    final float[] laneFriction;
    final float[] laneRestitution;
    /** Accumulated normal and tangent impulses of each lane during the iterations. */
    final float[] laneAccNormal;
    final float[] laneAccTangent;
    /** Each lane's velocity deltas in a batch of several lanes, until the batch's scatter-add. */
    final float[] laneDeltaVelAX;
    final float[] laneDeltaVelAY;
    final float[] laneDeltaAngA;
    final float[] laneDeltaVelBX;
    final float[] laneDeltaVelBY;
    final float[] laneDeltaAngB;
    /**
     * Per joint slot, fixed over the iterations ({@link JointSolver#prepare}): whether it is resolved, its two
     * shape-table rows, Σ inverse masses and inertias (zero guarded), 1/m_a + 1/m_b, the world anchor offsets,
     * the limit and weld biases, and whether the angular impulse applies.
     */
    final boolean[] jointResolvable;
    final int[] jointShapeA;
    final int[] jointShapeB;
    final float[] jointSumInverseMass;
    final float[] jointSumInverseInertia;
    final float[] jointMeanWeight;
    final float[] jointAnchorAX;
    final float[] jointAnchorAY;
    final float[] jointAnchorBX;
    final float[] jointAnchorBY;
    final float[] jointLimitBias;
    final float[] jointFixedBias;
    final boolean[] jointAngularApplies;
    /** Per-item deltas of one scatter-add (warm start, motors): shape a, shape b, Δv_a, Δω_a, Δv_b, Δω_b. */
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

    /** Values kept across steps for the environments this workspace steps; null: evaluate everything afresh. */
    final ShapeCache cache;

    StepWorkspace(StaticConfig config, ShapeCache cache) {
        this.cache = cache;
        int n = config.numShapes();
        cos = new float[n];
        sin = new float[n];
        worldVertexX = new float[config.numPolygons() * StaticConfig.VERTICES];
        worldVertexY = new float[config.numPolygons() * StaticConfig.VERTICES];
        edgeLength = new float[config.numPolygons() * StaticConfig.VERTICES];
        edgeUnitX = new float[config.numPolygons() * StaticConfig.VERTICES];
        edgeUnitY = new float[config.numPolygons() * StaticConfig.VERTICES];
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
        }
        int lanes = 0;
        int batches = 0;
        for (int sweep = 0; sweep < ContactSolver.SWEEPS; sweep++) {
            int pairs = ContactSolver.groupOf(sweep).pairCount(config);
            sweepStart[sweep] = lanes;
            batchEnd[sweep] = new int[(pairs + config.solverBatchSize() - 1) / config.solverBatchSize()];
            lanes += pairs;
            batches += batchEnd[sweep].length;
        }
        segmentStart = new int[batches];
        segmentEnd = new int[batches];
        segmentZeroedLane = new int[batches];
        lanePoint = new int[lanes];
        laneShapeA = new int[lanes];
        laneShapeB = new int[lanes];
        laneNormalX = new float[lanes];
        laneNormalY = new float[lanes];
        laneContactX = new float[lanes];
        laneContactY = new float[lanes];
        laneBias = new float[lanes];
        laneFriction = new float[lanes];
        laneRestitution = new float[lanes];
        laneAccNormal = new float[lanes];
        laneAccTangent = new float[lanes];
        laneDeltaVelAX = new float[lanes];
        laneDeltaVelAY = new float[lanes];
        laneDeltaAngA = new float[lanes];
        laneDeltaVelBX = new float[lanes];
        laneDeltaVelBY = new float[lanes];
        laneDeltaAngB = new float[lanes];
        int joints = config.numJoints();
        jointResolvable = new boolean[joints];
        jointShapeA = new int[joints];
        jointShapeB = new int[joints];
        jointSumInverseMass = new float[joints];
        jointSumInverseInertia = new float[joints];
        jointMeanWeight = new float[joints];
        jointAnchorAX = new float[joints];
        jointAnchorAY = new float[joints];
        jointAnchorBX = new float[joints];
        jointAnchorBY = new float[joints];
        jointLimitBias = new float[joints];
        jointFixedBias = new float[joints];
        jointAngularApplies = new boolean[joints];
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
