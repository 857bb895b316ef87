/*
 * Contact warm start and sequential-impulse solving (physics2d WarmStart.contacts and ContactSolver; Jax2D
 * resolve_warm_starting_impulse, resolve_collision, make_impulse_resolver_fn; spec sections 5.1-5.3), in the
 * reference's batch and lane order with the padding quirk as a compile-time switch.
 */

/*
 * ContactSolver.preparePoints: per active point, shouldResolve, Baumgarte bias and friction, evaluated once per
 * step; unresolvable points have their accumulated impulses zeroed now.
 */
FUNC void preparePoints(State *st, int env, Workspace *ws, int group) {
    int base = env * NUM_SHAPES;
    Manifolds *m = &st->manifolds[group];
    int perPair = pointsPerPair(group);
    float collision = param(st, env, PARAM_COLLISION);
    float dt = param(st, env, PARAM_DT);
    float slop = param(st, env, PARAM_SLOP);
    float baseFriction = param(st, env, PARAM_BASE_FRICTION);
    for (int i = 0; i < ws->activeCount[group]; i++) {
        int pair = ws->activePairs[pairOffset(group) + i];
        int shapeA = st->pairFirst[group][pair];
        int shapeB = st->pairSecond[group][pair];
        int a = base + shapeA;
        int b = base + shapeB;
        for (int slot = 0; slot < perPair; slot++) {
            int localPoint = pair * perPair + slot;
            int point = env * m->pointsPerEnv + localPoint;
            int flat = pointOffset(group) + localPoint;
            int resolvable = m->active[point]
                    && !(st->inverseMass[a] == 0.0f && st->inverseMass[b] == 0.0f)
                    && st->collisionMatrix[(env * NUM_SHAPES + shapeA) * NUM_SHAPES + shapeB]
                    && st->shapeActive[a] && st->shapeActive[b];
            ws->resolvable[flat] = (uchar) resolvable;
            if (!resolvable) {
                m->accImpulseNormal[point] = 0.0f;
                m->accImpulseTangent[point] = 0.0f;
                continue;
            }
            ws->bias[flat] = -collision / dt * jmin(0.0f, -m->penetration[point] + slop);
            float fa = st->friction[a] * baseFriction;
            float fb = st->friction[b] * baseFriction;
            ws->friction[flat] = sqrt(fa * fa + fb * fb);
        }
    }
}

/*
 * ContactSolver.planSweep: pairs stably sorted inactive-first, spread column-major over nb batches of B lanes;
 * active pair i sits at sorted position p = n - active + i, in batch p mod nb, lane p / nb.
 */
FUNC void planSweep(State *st, Workspace *ws, int sweep) {
    int group = sweepGroup(sweep);
    int slot = sweepSlot(sweep);
    int perPair = pointsPerPair(group);
    int n = pairCount(group);
    int batches = batchCount(sweep);
    int firstActive = n - ws->activeCount[group];
    int visits = visitOffset(sweep);
    int count = 0;
    for (int batch = 0; batch < batches; batch++) {
        int shifted = (batch - firstActive) % batches;
        int start = firstActive + (shifted < 0 ? shifted + batches : shifted);
        for (int position = start; position < n; position += batches) {
            int pair = ws->activePairs[pairOffset(group) + position - firstActive];
            int localPoint = pair * perPair + slot;
            if (ws->resolvable[pointOffset(group) + localPoint]) {
                ws->visitPoint[visits + count] = localPoint;
                ws->visitShapeA[visits + count] = (short) st->pairFirst[group][pair];
                ws->visitShapeB[visits + count] = (short) st->pairSecond[group][pair];
                count++;
            }
        }
        ws->batchEnd[batchOffset(sweep) + batch] = count;
    }
}

FUNC void prepareContacts(State *st, int env, Workspace *ws) {
    for (int group = 0; group < GROUPS; group++) {
        preparePoints(st, env, ws, group);
    }
    for (int sweep = 0; sweep < SWEEPS; sweep++) {
        planSweep(st, ws, sweep);
    }
}

/* WarmStart.contacts: one Jacobi group; polygon pairs sum their two contact points. */
FUNC void warmStartContacts(State *st, int env, Workspace *ws, int group) {
    Manifolds *m = &st->manifolds[group];
    int base = env * NUM_SHAPES;
    int pointBase = env * m->pointsPerEnv;
    int perPair = pointsPerPair(group);
    for (int i = 0; i < ws->activeCount[group]; i++) {
        int pair = ws->activePairs[pairOffset(group) + i];
        int shapeA = st->pairFirst[group][pair];
        int shapeB = st->pairSecond[group][pair];
        int a = base + shapeA;
        int b = base + shapeB;
        float dvax = 0.0f;
        float dvay = 0.0f;
        float dwa = 0.0f;
        float dvbx = 0.0f;
        float dvby = 0.0f;
        float dwb = 0.0f;
        for (int slot = 0; slot < perPair; slot++) {
            int localPoint = pair * perPair + slot;
            if (!ws->resolvable[pointOffset(group) + localPoint]) {
                continue;
            }
            int point = pointBase + localPoint;
            float nx = m->normalX[point];
            float ny = m->normalY[point];
            float accN = m->accImpulseNormal[point];
            float accT = m->accImpulseTangent[point];
            float px = accN * nx + accT * ny;
            float py = accN * ny + accT * -nx;
            float r1x = m->collisionPointX[point] - st->positionX[a];
            float r1y = m->collisionPointY[point] - st->positionY[a];
            float r2x = m->collisionPointX[point] - st->positionX[b];
            float r2y = m->collisionPointY[point] - st->positionY[b];
            dvax += -px * st->inverseMass[a];
            dvay += -py * st->inverseMass[a];
            dvbx += px * st->inverseMass[b];
            dvby += py * st->inverseMass[b];
            dwa += -st->inverseInertia[a] * (r1x * py - r1y * px);
            dwb += st->inverseInertia[b] * (r2x * py - r2y * px);
        }
        addDelta(ws, shapeA, shapeB, dvax, dvay, dwa, dvbx, dvby, dwb);
    }
    applyDeltas(st, ws, base);
}

/*
 * resolve_collision for one resolvable lane: stores the new accumulated impulses and applies (direct) or records
 * the velocity deltas. shapeA, shapeB are global shape indices.
 */
FUNC void resolveContact(State *st, int env, Workspace *ws, Manifolds *m, int point, int shapeA, int shapeB,
        float bias, float mu, int direct) {
    int a = env * NUM_SHAPES + shapeA;
    int b = env * NUM_SHAPES + shapeB;
    float nx = m->normalX[point];
    float ny = m->normalY[point];
    float r1x = m->collisionPointX[point] - st->positionX[a];
    float r1y = m->collisionPointY[point] - st->positionY[a];
    float r2x = m->collisionPointX[point] - st->positionX[b];
    float r2y = m->collisionPointY[point] - st->positionY[b];
    float ma = st->inverseMass[a];
    float mb = st->inverseMass[b];
    float ia = st->inverseInertia[a];
    float ib = st->inverseInertia[b];
    float vax = st->velocityX[a];
    float vay = st->velocityY[a];
    float wa = st->angularVelocity[a];
    float vbx = st->velocityX[b];
    float vby = st->velocityY[b];
    float wb = st->angularVelocity[b];

    float dvx = (vbx + -wb * r2y) - (vax + -wa * r1y);
    float dvy = (vby + wb * r2x) - (vay + wa * r1x);
    float vn = dvx * nx + dvy * ny;
    float rn1 = r1x * nx + r1y * ny;
    float rn2 = r2x * nx + r2y * ny;
    float kNormal = ma + mb + ia * ((r1x * r1x + r1y * r1y) - rn1 * rn1)
            + ib * ((r2x * r2x + r2y * r2y) - rn2 * rn2);
    float accN = m->accImpulseNormal[point];
    float lambda = (-vn + bias - m->restitutionVelocityTarget[point]) / nz(kNormal);
    float newAccN = jmax(accN + lambda, 0.0f);
    lambda = newAccN - accN;
    float px = lambda * nx;
    float py = lambda * ny;
    float dvax = -ma * px;
    float dvay = -ma * py;
    float dvbx = mb * px;
    float dvby = mb * py;
    float dwa = -ia * (r1x * py - r1y * px);
    float dwb = ib * (r2x * py - r2y * px);

    float tx = ny;
    float ty = -nx;
    float relX = (vbx + dvbx) + -(wb + dwb) * r2y - (vax + dvax) - -(wa + dwa) * r1y;
    float relY = (vby + dvby) + (wb + dwb) * r2x - (vay + dvay) - (wa + dwa) * r1x;
    float vt = relX * tx + relY * ty;
    float rt1 = r1x * tx + r1y * ty;
    float rt2 = r2x * tx + r2y * ty;
    float kTangent = ma + mb + ia * ((r1x * r1x + r1y * r1y) - rt1 * rt1)
            + ib * ((r2x * r2x + r2y * r2y) - rt2 * rt2);
    float lambdaT = -vt / nz(kTangent);
    float maxFriction = mu * newAccN;
    float accT = m->accImpulseTangent[point];
    float newAccT = clip(accT + lambdaT, -maxFriction, maxFriction);
    lambdaT = newAccT - accT;
    float ptx = lambdaT * tx;
    float pty = lambdaT * ty;
    dvax -= ma * ptx;
    dvay -= ma * pty;
    dwa -= ia * (r1x * pty - r1y * ptx);
    dvbx += mb * ptx;
    dvby += mb * pty;
    dwb += ib * (r2x * pty - r2y * ptx);

    m->accImpulseNormal[point] = newAccN;
    m->accImpulseTangent[point] = newAccT;
    if (direct) {
        st->velocityX[a] += dvax;
        st->velocityY[a] += dvay;
        st->angularVelocity[a] += dwa;
        st->velocityX[b] += dvbx;
        st->velocityY[b] += dvby;
        st->angularVelocity[b] += dwb;
    } else {
        addDelta(ws, shapeA, shapeB, dvax, dvay, dwa, dvbx, dvby, dwb);
    }
}

FUNC int isPlanned(Workspace *ws, int sweep, int localPoint) {
    int planned = ws->batchEnd[batchOffset(sweep) + batchCount(sweep) - 1];
    for (int i = 0; i < planned; i++) {
        if (ws->visitPoint[visitOffset(sweep) + i] == localPoint) {
            return 1;
        }
    }
    return 0;
}

/* ContactSolver.sweep: one full sweep over its planned points, batch after batch (lanes of a batch Jacobi). */
FUNC void contactSweep(State *st, int env, Workspace *ws, int sweep) {
    int batches = batchCount(sweep);
    if (batches == 0 || ws->batchEnd[batchOffset(sweep) + batches - 1] == 0) {
        return;
    }
    int group = sweepGroup(sweep);
    Manifolds *m = &st->manifolds[group];
    int pointBase = env * m->pointsPerEnv;
    int n = pairCount(group);
    int lastLocal = (n - 1) * pointsPerPair(group) + sweepSlot(sweep);
    /* The quirk only bites when the group's last pair is resolved: otherwise its impulses are zero anyway. */
    int quirk = EMULATE_PADDING_QUIRK && isPlanned(ws, sweep, lastLocal);
    int visit = 0;
    for (int batch = 0; batch < batches; batch++) {
        int end = ws->batchEnd[batchOffset(sweep) + batch];
        /* A lone lane is its own snapshot: apply its deltas at once. */
        int direct = end - visit == 1;
        for (; visit < end; visit++) {
            int localPoint = ws->visitPoint[visitOffset(sweep) + visit];
            int flat = pointOffset(group) + localPoint;
            resolveContact(st, env, ws, m, pointBase + localPoint, ws->visitShapeA[visitOffset(sweep) + visit],
                    ws->visitShapeB[visitOffset(sweep) + visit], ws->bias[flat], ws->friction[flat], direct);
        }
        if (!direct) {
            applyDeltas(st, ws, env * NUM_SHAPES);
        }
        if (quirk && (SOLVER_BATCH_SIZE - 1) * batches + batch >= n) {
            /* JAX scatters the padding lanes' zero impulses to index -1 = the group's last pair (spec 5.2). */
            m->accImpulseNormal[pointBase + lastLocal] = 0.0f;
            m->accImpulseTangent[pointBase + lastLocal] = 0.0f;
        }
    }
}
