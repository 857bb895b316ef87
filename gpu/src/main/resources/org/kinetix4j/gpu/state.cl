/*
 * The batch state on the device and the per-environment scratch of one step.
 *
 * Every buffer mirrors one array of physics2d's BatchState, env-major with the same strides (booleans as
 * bytes), so uploading or downloading is one copy per array. Capacities come in as -D defines built by
 * KernelSource from the StaticConfig: NUM_POLYGONS, NUM_CIRCLES, NUM_SHAPES, NUM_JOINTS, NUM_THRUSTERS,
 * NUM_POLY_POLY_PAIRS, NUM_CIRCLE_POLY_PAIRS, NUM_CIRCLE_CIRCLE_PAIRS, NUM_SOLVER_ITERATIONS,
 * SOLVER_BATCH_SIZE, DO_WARM_STARTING, EMULATE_PADDING_QUIRK.
 */

#define VERTICES 4

/* SimParams components, in record order; the per-env parameter row holds PARAM_COUNT floats. */
#define PARAM_DT 0
#define PARAM_SLOP 1
#define PARAM_JOINTS_V 2
#define PARAM_JOINTS_P 3
#define PARAM_FJOINT_AV 4
#define PARAM_RJOINT_LIMIT_AV 5
#define PARAM_COLLISION 6
#define PARAM_JOINT_STIFFNESS 7
#define PARAM_CLIP_POSITION 8
#define PARAM_CLIP_VELOCITY 9
#define PARAM_CLIP_ANGULAR_VELOCITY 10
#define PARAM_BASE_MOTOR_SPEED 11
#define PARAM_BASE_MOTOR_POWER 12
#define PARAM_BASE_THRUSTER_POWER 13
#define PARAM_MOTOR_DECAY 14
#define PARAM_MOTOR_JOINT_LIMIT 15
#define PARAM_BASE_FRICTION 16
#define PARAM_COUNT 17

/* Contact groups (physics2d ContactGroup order) and the solver's four sweeps per iteration. */
#define GROUP_POLY_POLY 0
#define GROUP_CIRCLE_POLY 1
#define GROUP_CIRCLE_CIRCLE 2
#define GROUPS 3
#define SWEEPS 4

#define POLY_POLY_POINTS (2 * NUM_POLY_POLY_PAIRS)
#define ALL_PAIRS (NUM_POLY_POLY_PAIRS + NUM_CIRCLE_POLY_PAIRS + NUM_CIRCLE_CIRCLE_PAIRS)
#define ALL_POINTS (POLY_POLY_POINTS + NUM_CIRCLE_POLY_PAIRS + NUM_CIRCLE_CIRCLE_PAIRS)
#define BATCHES_OF(n) (((n) + SOLVER_BATCH_SIZE - 1) / SOLVER_BATCH_SIZE)
#define POLY_POLY_BATCHES BATCHES_OF(NUM_POLY_POLY_PAIRS)
#define ALL_BATCHES (2 * POLY_POLY_BATCHES + BATCHES_OF(NUM_CIRCLE_POLY_PAIRS) + BATCHES_OF(NUM_CIRCLE_CIRCLE_PAIRS))
#define MAX_OF(a, b) ((a) > (b) ? (a) : (b))
#define DELTA_ITEMS MAX_OF(MAX_OF(NUM_POLY_POLY_PAIRS, NUM_CIRCLE_POLY_PAIRS), \
        MAX_OF(NUM_CIRCLE_CIRCLE_PAIRS, MAX_OF(NUM_JOINTS, SOLVER_BATCH_SIZE)))

/* One manifold table (physics2d ManifoldTable): row = env * pointsPerEnv + point. */
typedef struct {
    GLOBAL float *normalX;
    GLOBAL float *normalY;
    GLOBAL float *penetration;
    GLOBAL float *collisionPointX;
    GLOBAL float *collisionPointY;
    GLOBAL uchar *active;
    GLOBAL float *accImpulseNormal;
    GLOBAL float *accImpulseTangent;
    GLOBAL float *restitutionVelocityTarget;
    int pointsPerEnv;
} Manifolds;

/* The whole BatchState (ShapeTable, JointTable, ThrusterTable, the three manifold tables and the rest). */
typedef struct {
    GLOBAL float *positionX;
    GLOBAL float *positionY;
    GLOBAL float *rotation;
    GLOBAL float *velocityX;
    GLOBAL float *velocityY;
    GLOBAL float *angularVelocity;
    GLOBAL const float *inverseMass;
    GLOBAL const float *inverseInertia;
    GLOBAL const float *friction;
    GLOBAL const float *restitution;
    GLOBAL const int *collisionMode;
    GLOBAL const uchar *shapeActive;
    GLOBAL const int *nVertices;
    GLOBAL const float *vertexX;
    GLOBAL const float *vertexY;
    GLOBAL const float *radius;

    GLOBAL const int *jointA;
    GLOBAL const int *jointB;
    GLOBAL const float *jointARelX;
    GLOBAL const float *jointARelY;
    GLOBAL const float *jointBRelX;
    GLOBAL const float *jointBRelY;
    GLOBAL float *jointGlobalX;
    GLOBAL float *jointGlobalY;
    GLOBAL const uchar *jointActive;
    GLOBAL float *jointAccX;
    GLOBAL float *jointAccY;
    GLOBAL float *jointAccR;
    GLOBAL const float *motorSpeed;
    GLOBAL const float *motorPower;
    GLOBAL const uchar *motorOn;
    GLOBAL const uchar *motorHasJointLimits;
    GLOBAL const float *minRotation;
    GLOBAL const float *maxRotation;
    GLOBAL const uchar *isFixedJoint;
    GLOBAL const float *jointRotation;

    GLOBAL const int *thrusterShape;
    GLOBAL const float *thrusterRelX;
    GLOBAL const float *thrusterRelY;
    GLOBAL const float *thrusterRotation;
    GLOBAL const float *thrusterPower;
    GLOBAL float *thrusterGlobalX;
    GLOBAL float *thrusterGlobalY;
    GLOBAL const uchar *thrusterActive;

    Manifolds manifolds[GROUPS];
    /* Pair lists (PairTables), shared by all environments: first then second global shape of each pair. */
    GLOBAL const int *pairFirst[GROUPS];
    GLOBAL const int *pairSecond[GROUPS];

    GLOBAL const uchar *collisionMatrix;
    GLOBAL const float *gravityX;
    GLOBAL const float *gravityY;
    GLOBAL int *status;
    GLOBAL const float *params;
    GLOBAL const float *actions;
} State;

/*
 * StepWorkspace: everything one environment's step keeps between stages, in private memory (one work-item per
 * environment). Group- and sweep-indexed tables are flattened with the offsets below.
 */
typedef struct {
    float cos[ATLEAST1(NUM_SHAPES)];
    float sin[ATLEAST1(NUM_SHAPES)];
    float worldVertexX[ATLEAST1(NUM_POLYGONS * VERTICES)];
    float worldVertexY[ATLEAST1(NUM_POLYGONS * VERTICES)];
    float edgeNormalX[ATLEAST1(NUM_POLYGONS * VERTICES)];
    float edgeNormalY[ATLEAST1(NUM_POLYGONS * VERTICES)];
    float boundsMinX[ATLEAST1(NUM_SHAPES)];
    float boundsMinY[ATLEAST1(NUM_SHAPES)];
    float boundsMaxX[ATLEAST1(NUM_SHAPES)];
    float boundsMaxY[ATLEAST1(NUM_SHAPES)];
    /* Per group: its active pairs in ascending order at [pairOffset(group) ..], and how many there are. */
    int activePairs[ATLEAST1(ALL_PAIRS)];
    int activeCount[GROUPS];
    /* Per group and local point, at [pointOffset(group) + point]: shouldResolve, bias, friction. */
    uchar resolvable[ATLEAST1(ALL_POINTS)];
    float bias[ATLEAST1(ALL_POINTS)];
    float friction[ATLEAST1(ALL_POINTS)];
    /* Per sweep, at [visitOffset(sweep) ..]: the solver's visiting plan; batch ends at [batchOffset(sweep) ..]. */
    int visitPoint[ATLEAST1(2 * NUM_POLY_POLY_PAIRS + NUM_CIRCLE_POLY_PAIRS + NUM_CIRCLE_CIRCLE_PAIRS)];
    short visitShapeA[ATLEAST1(2 * NUM_POLY_POLY_PAIRS + NUM_CIRCLE_POLY_PAIRS + NUM_CIRCLE_CIRCLE_PAIRS)];
    short visitShapeB[ATLEAST1(2 * NUM_POLY_POLY_PAIRS + NUM_CIRCLE_POLY_PAIRS + NUM_CIRCLE_CIRCLE_PAIRS)];
    int batchEnd[ATLEAST1(ALL_BATCHES)];
    /* One Jacobi group's deltas (StepWorkspace.addDelta / applyDeltas). */
    short deltaShapeA[DELTA_ITEMS];
    short deltaShapeB[DELTA_ITEMS];
    float deltaVelAX[DELTA_ITEMS];
    float deltaVelAY[DELTA_ITEMS];
    float deltaAngA[DELTA_ITEMS];
    float deltaVelBX[DELTA_ITEMS];
    float deltaVelBY[DELTA_ITEMS];
    float deltaAngB[DELTA_ITEMS];
    int deltaCount;
    /* findAxis results. */
    float axisSeparation;
    int axisFace;
    int axisIncident0;
    int axisIncident1;
} Workspace;

FUNC int pairCount(int group) {
    return group == GROUP_POLY_POLY ? NUM_POLY_POLY_PAIRS
            : (group == GROUP_CIRCLE_POLY ? NUM_CIRCLE_POLY_PAIRS : NUM_CIRCLE_CIRCLE_PAIRS);
}

FUNC int pointsPerPair(int group) {
    return group == GROUP_POLY_POLY ? 2 : 1;
}

FUNC int pairOffset(int group) {
    return group == GROUP_POLY_POLY ? 0
            : (group == GROUP_CIRCLE_POLY ? NUM_POLY_POLY_PAIRS : NUM_POLY_POLY_PAIRS + NUM_CIRCLE_POLY_PAIRS);
}

FUNC int pointOffset(int group) {
    return group == GROUP_POLY_POLY ? 0
            : (group == GROUP_CIRCLE_POLY ? POLY_POLY_POINTS : POLY_POLY_POINTS + NUM_CIRCLE_POLY_PAIRS);
}

/* ContactSolver.groupOf / slotOf. */
FUNC int sweepGroup(int sweep) {
    return sweep < 2 ? GROUP_POLY_POLY : (sweep == 2 ? GROUP_CIRCLE_POLY : GROUP_CIRCLE_CIRCLE);
}

FUNC int sweepSlot(int sweep) {
    return sweep == 1 ? 1 : 0;
}

FUNC int visitOffset(int sweep) {
    return sweep == 0 ? 0 : (sweep == 1 ? NUM_POLY_POLY_PAIRS : (sweep == 2 ? 2 * NUM_POLY_POLY_PAIRS
            : 2 * NUM_POLY_POLY_PAIRS + NUM_CIRCLE_POLY_PAIRS));
}

FUNC int batchCount(int sweep) {
    return BATCHES_OF(pairCount(sweepGroup(sweep)));
}

FUNC int batchOffset(int sweep) {
    return sweep == 0 ? 0 : (sweep == 1 ? POLY_POLY_BATCHES : (sweep == 2 ? 2 * POLY_POLY_BATCHES
            : 2 * POLY_POLY_BATCHES + BATCHES_OF(NUM_CIRCLE_POLY_PAIRS)));
}

FUNC float param(State *st, int env, int component) {
    return st->params[env * PARAM_COUNT + component];
}

FUNC void addDelta(Workspace *ws, int shapeA, int shapeB, float dvax, float dvay, float dwa, float dvbx,
        float dvby, float dwb) {
    int i = ws->deltaCount++;
    ws->deltaShapeA[i] = (short) shapeA;
    ws->deltaShapeB[i] = (short) shapeB;
    ws->deltaVelAX[i] = dvax;
    ws->deltaVelAY[i] = dvay;
    ws->deltaAngA[i] = dwa;
    ws->deltaVelBX[i] = dvbx;
    ws->deltaVelBY[i] = dvby;
    ws->deltaAngB[i] = dwb;
}

/* As JAX's two scatter-adds: every first-shape delta in item order, then every second-shape delta. */
FUNC void applyDeltas(State *st, Workspace *ws, int base) {
    for (int i = 0; i < ws->deltaCount; i++) {
        int row = base + ws->deltaShapeA[i];
        st->velocityX[row] += ws->deltaVelAX[i];
        st->velocityY[row] += ws->deltaVelAY[i];
        st->angularVelocity[row] += ws->deltaAngA[i];
    }
    for (int i = 0; i < ws->deltaCount; i++) {
        int row = base + ws->deltaShapeB[i];
        st->velocityX[row] += ws->deltaVelBX[i];
        st->velocityY[row] += ws->deltaVelBY[i];
        st->angularVelocity[row] += ws->deltaAngB[i];
    }
    ws->deltaCount = 0;
}
