/*
 * Joints, motors and thrusters (physics2d JointSolver, WarmStart.joints, Actuators; Jax2D resolve_joint,
 * resolve_joint_warm_start, apply_motor and the thruster stage; spec sections 5.4-5.7).
 */

/* Not both static, joint active, both bodies active (a, b are shape rows, row the joint row). */
FUNC int jointShouldResolve(State *st, int row, int a, int b) {
    return !(st->inverseMass[a] == 0.0f && st->inverseMass[b] == 0.0f) && st->jointActive[row]
            && st->shapeActive[a] && st->shapeActive[b];
}

/* WarmStart.joints: every joint from its accumulated linear and angular impulses (one Jacobi group). */
FUNC void warmStartJoints(State *st, int env, Workspace *ws) {
    int base = env * NUM_SHAPES;
    for (int slot = 0; slot < NUM_JOINTS; slot++) {
        int row = env * NUM_JOINTS + slot;
        int aShape = st->jointA[row];
        int bShape = st->jointB[row];
        int a = base + aShape;
        int b = base + bShape;
        if (!jointShouldResolve(st, row, a, b)) {
            continue;
        }
        float r1x = ws->cos[aShape] * st->jointARelX[row] + -ws->sin[aShape] * st->jointARelY[row];
        float r1y = ws->sin[aShape] * st->jointARelX[row] + ws->cos[aShape] * st->jointARelY[row];
        float r2x = ws->cos[bShape] * st->jointBRelX[row] + -ws->sin[bShape] * st->jointBRelY[row];
        float r2y = ws->sin[bShape] * st->jointBRelX[row] + ws->cos[bShape] * st->jointBRelY[row];
        float ix = st->jointAccX[row];
        float iy = st->jointAccY[row];
        float rImpulse = st->jointAccR[row];
        float dwa = st->inverseInertia[a] * (r1x * iy - r1y * ix);
        float dwb = -st->inverseInertia[b] * (r2x * iy - r2y * ix);
        dwa += rImpulse * st->inverseInertia[a];
        dwb -= rImpulse * st->inverseInertia[b];
        addDelta(ws, aShape, bShape, ix * st->inverseMass[a], iy * st->inverseMass[a], dwa,
                -ix * st->inverseMass[b], -iy * st->inverseMass[b], dwb);
    }
    applyDeltas(st, ws, base);
}

/* The angular part of resolve_joint: fixed-joint bias, or revolute-limit bias when a limit is violated. */
FUNC float jointAngularImpulse(State *st, int env, int row, int a, int b, float raw, float sumInverseInertia) {
    float relative = st->rotation[b] - st->rotation[a] - st->jointRotation[row];
    float target = clip(relative, st->minRotation[row], st->maxRotation[row]);
    float limitBias = (relative - target) * param(st, env, PARAM_RJOINT_LIMIT_AV);
    float fixedBias = (st->rotation[b] - st->rotation[a] - st->jointRotation[row]) * param(st, env, PARAM_FJOINT_AV);
    int fixed = st->isFixedJoint[row];
    float dav = fixed ? raw + fixedBias
            : (fsign(raw) == fsign(limitBias) ? 1.0f : 0.0f) * (raw + limitBias);
    float rImpulse = dav / sumInverseInertia;
    int applying = fixed || (st->motorHasJointLimits[row] && target != relative);
    return rImpulse * (applying ? 1.0f : 0.0f);
}

/* JointSolver.solve for one joint row: updates velocities and positions of both bodies at once. */
FUNC void solveJoint(State *st, int env, Workspace *ws, int row) {
    int aShape = st->jointA[row];
    int bShape = st->jointB[row];
    int a = env * NUM_SHAPES + aShape;
    int b = env * NUM_SHAPES + bShape;
    if (!jointShouldResolve(st, row, a, b)) {
        st->jointGlobalX[row] = 0.0f;
        st->jointGlobalY[row] = 0.0f;
        st->jointAccX[row] = 0.0f;
        st->jointAccY[row] = 0.0f;
        st->jointAccR[row] = 0.0f;
        return;
    }
    float ma = st->inverseMass[a];
    float mb = st->inverseMass[b];
    float ia = st->inverseInertia[a];
    float ib = st->inverseInertia[b];
    float sumInverseMass = nz(ma + mb);
    float sumInverseInertia = nz(ia + ib);

    float rax = ws->cos[aShape] * st->jointARelX[row] + -ws->sin[aShape] * st->jointARelY[row];
    float ray = ws->sin[aShape] * st->jointARelX[row] + ws->cos[aShape] * st->jointARelY[row];
    float rbx = ws->cos[bShape] * st->jointBRelX[row] + -ws->sin[bShape] * st->jointBRelY[row];
    float rby = ws->sin[bShape] * st->jointBRelX[row] + ws->cos[bShape] * st->jointBRelY[row];
    float pax = st->positionX[a] + rax;
    float pay = st->positionY[a] + ray;
    float pbx = st->positionX[b] + rbx;
    float pby = st->positionY[b] + rby;
    float jpx;
    float jpy;
    if (ma == 0.0f) {
        jpx = pax;
        jpy = pay;
    } else if (mb == 0.0f) {
        jpx = pbx;
        jpy = pby;
    } else {
        /* Mass-weighted mean of the two anchor points. */
        jpx = (pax / ma + pbx / mb) / (1.0f / ma + 1.0f / mb);
        jpy = (pay / ma + pby / mb) / (1.0f / ma + 1.0f / mb);
    }

    float wa = st->angularVelocity[a];
    float wb = st->angularVelocity[b];
    float rvx = (st->velocityX[b] + -wb * (jpy - st->positionY[b]))
            - (st->velocityX[a] + -wa * (jpy - st->positionY[a]));
    float rvy = (st->velocityY[b] + wb * (jpx - st->positionX[b]))
            - (st->velocityY[a] + wa * (jpx - st->positionX[a]));
    float rvLength = nz(flength(rvx, rvy));
    float dirX = rvx / rvLength;
    float dirY = rvy / rvLength;
    float crossA = rax * dirY - ray * dirX;
    float crossB = rbx * dirY - rby * dirX;
    float effective = nz(sumInverseMass + (crossA * crossA * ia + crossB * crossB * ib));
    float jointsV = param(st, env, PARAM_JOINTS_V);
    float stiffness = param(st, env, PARAM_JOINT_STIFFNESS);
    float ix = (rvx + jointsV * (pbx - pax)) / effective * stiffness;
    float iy = (rvy + jointsV * (pby - pay)) / effective * stiffness;

    float dvax = ma * ix;
    float dvay = ma * iy;
    float dwa = (rax * iy - ray * ix) * ia;
    float dvbx = -mb * ix;
    float dvby = -mb * iy;
    float dwb = -(rbx * iy - rby * ix) * ib;
    float sepX = (pbx - pax) / sumInverseMass;
    float sepY = (pby - pay) / sumInverseMass;
    float correction = param(st, env, PARAM_JOINTS_P);
    float dpax = sepX * ma * correction;
    float dpay = sepY * ma * correction;
    float dpbx = -sepX * mb * correction;
    float dpby = -sepY * mb * correction;

    float raw = wb + dwb - wa - dwa;
    float rImpulse = jointAngularImpulse(st, env, row, a, b, raw, sumInverseInertia);
    dwa += rImpulse * ia;
    dwb -= rImpulse * ib;

    st->jointGlobalX[row] = jpx;
    st->jointGlobalY[row] = jpy;
    st->jointAccX[row] = ix + st->jointAccX[row];
    st->jointAccY[row] = iy + st->jointAccY[row];
    st->jointAccR[row] = st->isFixedJoint[row] ? rImpulse + st->jointAccR[row] : 0.0f;

    st->velocityX[a] += dvax;
    st->velocityY[a] += dvay;
    st->velocityX[b] += dvbx;
    st->velocityY[b] += dvby;
    st->angularVelocity[a] += dwa;
    st->angularVelocity[b] += dwb;
    st->positionX[a] += dpax;
    st->positionY[a] += dpay;
    st->positionX[b] += dpbx;
    st->positionY[b] += dpby;
}

/* JointSolver.solveAll: Gauss-Seidel in slot order. */
FUNC void solveJoints(State *st, int env, Workspace *ws) {
    for (int slot = 0; slot < NUM_JOINTS; slot++) {
        solveJoint(st, env, ws, env * NUM_JOINTS + slot);
    }
}

/* Actuators.applyMotors: an action of exactly 0 switches the motor off for the step (Jacobi group). */
FUNC void applyMotors(State *st, int env, Workspace *ws) {
    int base = env * NUM_SHAPES;
    GLOBAL const float *actions = st->actions + env * (NUM_JOINTS + NUM_THRUSTERS);
    float dt = param(st, env, PARAM_DT);
    float motorJointLimit = param(st, env, PARAM_MOTOR_JOINT_LIMIT);
    for (int slot = 0; slot < NUM_JOINTS; slot++) {
        int row = env * NUM_JOINTS + slot;
        int aShape = st->jointA[row];
        int bShape = st->jointB[row];
        int a = base + aShape;
        int b = base + bShape;
        float action = actions[slot];
        if (!jointShouldResolve(st, row, a, b) || !st->motorOn[row] || action == 0.0f || st->isFixedJoint[row]) {
            continue;
        }
        float ia = st->inverseInertia[a];
        float ib = st->inverseInertia[b];
        float axialMass = 1.0f / nz(ia + ib);
        float power = param(st, env, PARAM_BASE_MOTOR_POWER) * st->motorPower[row] * dt * axialMass;
        float error = st->angularVelocity[b] - st->angularVelocity[a]
                - st->motorSpeed[row] * action * param(st, env, PARAM_BASE_MOTOR_SPEED);
        float direction = ftanh(error * param(st, env, PARAM_MOTOR_DECAY));
        float relative = st->rotation[b] - st->rotation[a] - st->jointRotation[row];
        float target = clip(relative, st->minRotation[row] + motorJointLimit,
                st->maxRotation[row] - motorJointLimit);
        float excess = relative - target;
        /* Fade the motor out over the last motorJointLimit radians before a limit, only when pushing into it. */
        float fade = (excess == 0.0f || !st->motorHasJointLimits[row]) ? 1.0f
                : jmax(0.0f, 1.0f - fabs(excess) / motorJointLimit);
        power *= jmax(fade, fsign(excess) != fsign(action) ? 1.0f : 0.0f);
        addDelta(ws, aShape, bShape, 0.0f, 0.0f, power * direction * ia, 0.0f, 0.0f, -power * direction * ib);
    }
    applyDeltas(st, ws, base);
}

/* Actuators.applyThrusters: the parent may be inactive (not checked), so it evaluates its own cos/sin. */
FUNC void applyThrusters(State *st, int env) {
    GLOBAL const float *actions = st->actions + env * (NUM_JOINTS + NUM_THRUSTERS) + NUM_JOINTS;
    float dt = param(st, env, PARAM_DT);
    float basePower = param(st, env, PARAM_BASE_THRUSTER_POWER);
    for (int slot = 0; slot < NUM_THRUSTERS; slot++) {
        int row = env * NUM_THRUSTERS + slot;
        if (!st->thrusterActive[row]) {
            continue;
        }
        int parent = env * NUM_SHAPES + st->thrusterShape[row];
        float c = fcos(st->rotation[parent]);
        float sn = fsin(st->rotation[parent]);
        float rx = c * st->thrusterRelX[row] + -sn * st->thrusterRelY[row];
        float ry = sn * st->thrusterRelX[row] + c * st->thrusterRelY[row];
        float angle = st->thrusterRotation[row] + st->rotation[parent];
        float dirX = fcos(angle);
        float dirY = fsin(angle);
        float force = st->thrusterPower[row] * 1.0f * basePower * actions[slot] * dt;
        float dw = st->inverseInertia[parent] * (rx * dirY - ry * dirX) * force;
        st->velocityX[parent] += st->inverseMass[parent] * dirX * force;
        st->velocityY[parent] += st->inverseMass[parent] * dirY * force;
        st->angularVelocity[parent] += dw;
    }
}
