/*
 * Gravity, integration and clipping, thruster positions (physics2d Integration, ThrusterPositions), the
 * per-environment step (EnvStepper.step: the same stages in the same order) and the kernel entry point.
 */

/* Integration.applyGravity: v += g*dt for every shape with non-zero inverse mass, active or not. */
FUNC void applyGravity(State *st, int env) {
    float dt = param(st, env, PARAM_DT);
    float gx = st->gravityX[env] * dt;
    float gy = st->gravityY[env] * dt;
    int base = env * NUM_SHAPES;
    for (int row = base; row < base + NUM_SHAPES; row++) {
        if (st->inverseMass[row] != 0.0f) {
            st->velocityX[row] += gx;
            st->velocityY[row] += gy;
        }
    }
}

/* Integration.integrateAndClip: returns NON_FINITE (1) if any shape's state is NaN or infinite afterwards. */
FUNC int integrateAndClip(State *st, int env) {
    float dt = param(st, env, PARAM_DT);
    float maxPosition = param(st, env, PARAM_CLIP_POSITION);
    float maxVelocity = param(st, env, PARAM_CLIP_VELOCITY);
    float maxAngular = param(st, env, PARAM_CLIP_ANGULAR_VELOCITY);
    int base = env * NUM_SHAPES;
    int finite = 1;
    for (int row = base; row < base + NUM_SHAPES; row++) {
        float x = clip(st->positionX[row] + st->velocityX[row] * dt, -maxPosition, maxPosition);
        float y = clip(st->positionY[row] + st->velocityY[row] * dt, -maxPosition, maxPosition);
        float rotation = st->rotation[row] + st->angularVelocity[row] * dt;
        float vx = clip(st->velocityX[row], -maxVelocity, maxVelocity);
        float vy = clip(st->velocityY[row], -maxVelocity, maxVelocity);
        float w = clip(st->angularVelocity[row], -maxAngular, maxAngular);
        st->positionX[row] = x;
        st->positionY[row] = y;
        st->rotation[row] = rotation;
        st->velocityX[row] = vx;
        st->velocityY[row] = vy;
        st->angularVelocity[row] = w;
        /* NaN and +-inf both make v - v non-zero (NaN): one test covers all six values. */
        finite &= (x - x) + (y - y) + (rotation - rotation) + (vx - vx) + (vy - vy) + (w - w) == 0.0f;
    }
    return finite ? 0 : 1;
}

/* ThrusterPositions.update: global = parent.position + R(parent.rotation) * relative, active or not. */
FUNC void updateThrusterPositions(State *st, int env) {
    for (int slot = 0; slot < NUM_THRUSTERS; slot++) {
        int row = env * NUM_THRUSTERS + slot;
        int parent = env * NUM_SHAPES + st->thrusterShape[row];
        float c = fcos(st->rotation[parent]);
        float sn = fsin(st->rotation[parent]);
        st->thrusterGlobalX[row] = st->positionX[parent]
                + (c * st->thrusterRelX[row] + -sn * st->thrusterRelY[row]);
        st->thrusterGlobalY[row] = st->positionY[parent]
                + (sn * st->thrusterRelX[row] + c * st->thrusterRelY[row]);
    }
}

/* EnvStepper.step: the stage order of Jax2D's PhysicsEngine.step (spec section 3). */
FUNC void stepEnv(State *st, int env, Workspace *ws) {
    ws->deltaCount = 0;
    applyGravity(st, env);
    prepareShapes(st, env, ws);
    detectAll(st, env, ws);
    prepareContacts(st, env, ws);
    applyMotors(st, env, ws);
    applyThrusters(st, env);
    if (DO_WARM_STARTING) {
        warmStartContacts(st, env, ws, GROUP_POLY_POLY);
        warmStartContacts(st, env, ws, GROUP_CIRCLE_POLY);
        warmStartContacts(st, env, ws, GROUP_CIRCLE_CIRCLE);
        warmStartJoints(st, env, ws);
    }
    for (int iteration = 0; iteration < NUM_SOLVER_ITERATIONS; iteration++) {
        solveJoints(st, env, ws);
        for (int sweep = 0; sweep < SWEEPS; sweep++) {
            contactSweep(st, env, ws, sweep);
        }
    }
    st->status[env] |= integrateAndClip(st, env);
    updateThrusterPositions(st, env);
}

/*
 * One physics step of every environment.
 *
 * Thread mapping: one work-item per environment. The step of one environment is a long chain of dependent
 * stages (joints Gauss-Seidel, contact batches one after another, ten iterations), and Kinetix-sized scenes
 * have only a handful of active contacts per batch, so spreading one environment over a group would leave
 * most lanes idle behind barriers; batches of 4096+ environments already fill a GPU with one item each, and
 * the sequential order per environment is exactly the CPU engine's, which is what makes parity possible.
 * The per-environment scratch (Workspace: ~1 KB for S, ~5 KB for L, ~10 KB for Jax2D's default sizes) lives in
 * private memory: on a GPU, what does not fit in registers goes to thread-local memory, which is L1-cached and
 * laid out interleaved by the hardware so that a warp's accesses to the same field coalesce -- the layout a
 * global scratch buffer indexed by env would have to reproduce by hand ([field][env]). On a CPU device it is
 * the work-item's stack. Not yet measured against a global scratch buffer on a GPU; on PoCL the private
 * version is what the measurements in GpuBackend.WORK_GROUP_SIZE used.
 *
 * Argument order is DeviceState's order: every mirrored BatchState array, the parameters, the pair lists,
 * then the actions. Kernel-file functions follow their CPU counterparts one to one, so their length (and this
 * entry's long argument list) follows the CPU code rather than the 40-line guideline.
 */
KERNEL physicsStep(int envCount,
        GLOBAL float *positionX, GLOBAL float *positionY, GLOBAL float *rotation,
        GLOBAL float *velocityX, GLOBAL float *velocityY, GLOBAL float *angularVelocity,
        GLOBAL const float *inverseMass, GLOBAL const float *inverseInertia, GLOBAL const float *friction,
        GLOBAL const float *restitution, GLOBAL const int *collisionMode, GLOBAL const uchar *shapeActive,
        GLOBAL const int *nVertices, GLOBAL const float *vertexX, GLOBAL const float *vertexY,
        GLOBAL const float *radius,
        GLOBAL const int *jointA, GLOBAL const int *jointB,
        GLOBAL const float *jointARelX, GLOBAL const float *jointARelY,
        GLOBAL const float *jointBRelX, GLOBAL const float *jointBRelY,
        GLOBAL float *jointGlobalX, GLOBAL float *jointGlobalY, GLOBAL const uchar *jointActive,
        GLOBAL float *jointAccX, GLOBAL float *jointAccY, GLOBAL float *jointAccR,
        GLOBAL const float *motorSpeed, GLOBAL const float *motorPower, GLOBAL const uchar *motorOn,
        GLOBAL const uchar *motorHasJointLimits, GLOBAL const float *minRotation, GLOBAL const float *maxRotation,
        GLOBAL const uchar *isFixedJoint, GLOBAL const float *jointRotation,
        GLOBAL const int *thrusterShape, GLOBAL const float *thrusterRelX, GLOBAL const float *thrusterRelY,
        GLOBAL const float *thrusterRotation, GLOBAL const float *thrusterPower,
        GLOBAL float *thrusterGlobalX, GLOBAL float *thrusterGlobalY, GLOBAL const uchar *thrusterActive,
        GLOBAL float *ppNormalX, GLOBAL float *ppNormalY, GLOBAL float *ppPenetration,
        GLOBAL float *ppPointX, GLOBAL float *ppPointY, GLOBAL uchar *ppActive,
        GLOBAL float *ppAccNormal, GLOBAL float *ppAccTangent, GLOBAL float *ppRestitution,
        GLOBAL float *cpNormalX, GLOBAL float *cpNormalY, GLOBAL float *cpPenetration,
        GLOBAL float *cpPointX, GLOBAL float *cpPointY, GLOBAL uchar *cpActive,
        GLOBAL float *cpAccNormal, GLOBAL float *cpAccTangent, GLOBAL float *cpRestitution,
        GLOBAL float *ccNormalX, GLOBAL float *ccNormalY, GLOBAL float *ccPenetration,
        GLOBAL float *ccPointX, GLOBAL float *ccPointY, GLOBAL uchar *ccActive,
        GLOBAL float *ccAccNormal, GLOBAL float *ccAccTangent, GLOBAL float *ccRestitution,
        GLOBAL const uchar *collisionMatrix, GLOBAL const float *gravityX, GLOBAL const float *gravityY,
        GLOBAL int *status, GLOBAL const float *params,
        GLOBAL const int *polyPolyA, GLOBAL const int *polyPolyB,
        GLOBAL const int *circlePolyA, GLOBAL const int *circlePolyB,
        GLOBAL const int *circleCircleA, GLOBAL const int *circleCircleB,
        GLOBAL const float *actions) {
    int env = ENV_INDEX;
    if (env >= envCount) {
        return;
    }
    State st;
    st.positionX = positionX; st.positionY = positionY; st.rotation = rotation;
    st.velocityX = velocityX; st.velocityY = velocityY; st.angularVelocity = angularVelocity;
    st.inverseMass = inverseMass; st.inverseInertia = inverseInertia; st.friction = friction;
    st.restitution = restitution; st.collisionMode = collisionMode; st.shapeActive = shapeActive;
    st.nVertices = nVertices; st.vertexX = vertexX; st.vertexY = vertexY; st.radius = radius;
    st.jointA = jointA; st.jointB = jointB;
    st.jointARelX = jointARelX; st.jointARelY = jointARelY; st.jointBRelX = jointBRelX; st.jointBRelY = jointBRelY;
    st.jointGlobalX = jointGlobalX; st.jointGlobalY = jointGlobalY; st.jointActive = jointActive;
    st.jointAccX = jointAccX; st.jointAccY = jointAccY; st.jointAccR = jointAccR;
    st.motorSpeed = motorSpeed; st.motorPower = motorPower; st.motorOn = motorOn;
    st.motorHasJointLimits = motorHasJointLimits; st.minRotation = minRotation; st.maxRotation = maxRotation;
    st.isFixedJoint = isFixedJoint; st.jointRotation = jointRotation;
    st.thrusterShape = thrusterShape; st.thrusterRelX = thrusterRelX; st.thrusterRelY = thrusterRelY;
    st.thrusterRotation = thrusterRotation; st.thrusterPower = thrusterPower;
    st.thrusterGlobalX = thrusterGlobalX; st.thrusterGlobalY = thrusterGlobalY; st.thrusterActive = thrusterActive;
    Manifolds pp = {ppNormalX, ppNormalY, ppPenetration, ppPointX, ppPointY, ppActive, ppAccNormal, ppAccTangent,
        ppRestitution, POLY_POLY_POINTS};
    Manifolds cp = {cpNormalX, cpNormalY, cpPenetration, cpPointX, cpPointY, cpActive, cpAccNormal, cpAccTangent,
        cpRestitution, NUM_CIRCLE_POLY_PAIRS};
    Manifolds cc = {ccNormalX, ccNormalY, ccPenetration, ccPointX, ccPointY, ccActive, ccAccNormal, ccAccTangent,
        ccRestitution, NUM_CIRCLE_CIRCLE_PAIRS};
    st.manifolds[GROUP_POLY_POLY] = pp;
    st.manifolds[GROUP_CIRCLE_POLY] = cp;
    st.manifolds[GROUP_CIRCLE_CIRCLE] = cc;
    st.pairFirst[GROUP_POLY_POLY] = polyPolyA;
    st.pairSecond[GROUP_POLY_POLY] = polyPolyB;
    st.pairFirst[GROUP_CIRCLE_POLY] = circlePolyA;
    st.pairSecond[GROUP_CIRCLE_POLY] = circlePolyB;
    st.pairFirst[GROUP_CIRCLE_CIRCLE] = circleCircleA;
    st.pairSecond[GROUP_CIRCLE_CIRCLE] = circleCircleB;
    st.collisionMatrix = collisionMatrix;
    st.gravityX = gravityX;
    st.gravityY = gravityY;
    st.status = status;
    st.params = params;
    st.actions = actions;
    Workspace ws;
    stepEnv(&st, env, &ws);
}
