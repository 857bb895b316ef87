package org.kinetix4j.physics2d;

/**
 * Sequential-impulse contact solving (Jax2D {@code resolve_collision} and {@code make_impulse_resolver_fn},
 * spec §5.1–5.2), one pair group at a time, in the reference's batch order.
 *
 * <p>Batch order: pairs are stably sorted inactive-first, padded to {@code nb·B} lanes and spread column-major,
 * so sorted position p lands in batch {@code p mod nb}, lane {@code p / nb}. Active pairs occupy the last
 * positions, so only they are visited: every other lane contributes exactly zero. Lanes of one batch read the
 * same snapshot (Jacobi); batches run one after another (Gauss–Seidel).
 */
final class ContactSolver {
    private ContactSolver() {
    }

    /**
     * Caches, for every active point of every group, what stays fixed during the solver iterations: whether it is
     * resolved at all (masses, activity and the collision matrix do not change within a step), its Baumgarte bias
     * (penetration is fixed at detection) and its friction coefficient. Same expressions as in the reference's
     * per-visit code, evaluated once.
     */
    static void prepare(BatchState state, int env, StepWorkspace ws) {
        SimParams params = state.params(env);
        ShapeTable shapes = state.shapes;
        int base = shapes.row(env, 0);
        for (ContactGroup group : ContactGroup.values()) {
            int g = group.ordinal();
            ManifoldTable m = group.manifolds(state);
            int[] first = group.firstShapes(state.pairs);
            int[] second = group.secondShapes(state.pairs);
            int[] active = ws.activePairs[g];
            for (int i = 0; i < ws.activeCount[g]; i++) {
                int pair = active[i];
                int a = base + first[pair];
                int b = base + second[pair];
                for (int slot = 0; slot < group.pointsPerPair; slot++) {
                    int local = pair * group.pointsPerPair + slot;
                    int point = m.row(env, local);
                    ws.resolvable[g][local] = m.active[point]
                            && !(shapes.inverseMass[a] == 0f && shapes.inverseMass[b] == 0f)
                            && state.collisionMatrix[state.matrixIndex(env, first[pair], second[pair])]
                            && shapes.active[a] && shapes.active[b];
                    ws.bias[g][local] = -params.baumgarteCoefficientCollision() / params.dt()
                            * Math.min(0f, -m.penetration[point] + params.slop());
                    float fa = shapes.friction[a] * params.baseFriction();
                    float fb = shapes.friction[b] * params.baseFriction();
                    ws.friction[g][local] = (float) Math.sqrt(fa * fa + fb * fb);
                }
            }
        }
    }

    /** One full sweep of {@code group} using contact slot {@code contactSlot} (0, or 1 for polygon pairs). */
    static void sweep(BatchState state, int env, StepWorkspace ws, ContactGroup group, int contactSlot) {
        int[] first = group.firstShapes(state.pairs);
        int n = first.length;
        if (n == 0) {
            return;
        }
        int[] second = group.secondShapes(state.pairs);
        ManifoldTable m = group.manifolds(state);
        int g = group.ordinal();
        int[] activeList = ws.activePairs[g];
        int lanes = state.config.solverBatchSize();
        int batches = (n + lanes - 1) / lanes;
        int firstActive = n - ws.activeCount[g];
        int base = state.shapes.row(env, 0);
        int pointBase = m.row(env, 0);
        int lastLocal = (n - 1) * group.pointsPerPair + contactSlot;
        for (int batch = 0; batch < batches; batch++) {
            int start = firstActive + Math.floorMod(batch - firstActive, batches);
            for (int position = start; position < n; position += batches) {
                int pair = activeList[position - firstActive];
                int local = pair * group.pointsPerPair + contactSlot;
                if (ws.resolvable[g][local]) {
                    resolve(state, ws, m, pointBase + local, base + first[pair], base + second[pair],
                            ws.bias[g][local], ws.friction[g][local]);
                } else {
                    m.accImpulseNormal[pointBase + local] = 0f;
                    m.accImpulseTangent[pointBase + local] = 0f;
                }
            }
            ws.applyDeltas(state.shapes, 0);
            boolean hasPadding = (lanes - 1) * batches + batch >= n;
            if (hasPadding && state.config.emulatePaddingQuirk()) {
                // JAX scatters the padding lanes' zero impulses to index −1 = the group's last pair, after the
                // real lanes (XLA:CPU order), so that pair never keeps an accumulated impulse (spec §5.2).
                m.accImpulseNormal[pointBase + lastLocal] = 0f;
                m.accImpulseTangent[pointBase + lastLocal] = 0f;
            }
        }
    }

    /**
     * Port of {@code resolve_collision} for one resolvable lane: stores the new accumulated impulses and records
     * the velocity deltas for the batch's scatter-add. {@code a} and {@code b} are shape-table rows.
     */
    private static void resolve(BatchState state, StepWorkspace ws, ManifoldTable m, int point, int a, int b,
            float bias, float mu) {
        ShapeTable s = state.shapes;
        float nx = m.normalX[point];
        float ny = m.normalY[point];
        float r1x = m.collisionPointX[point] - s.positionX[a];
        float r1y = m.collisionPointY[point] - s.positionY[a];
        float r2x = m.collisionPointX[point] - s.positionX[b];
        float r2y = m.collisionPointY[point] - s.positionY[b];
        float ma = s.inverseMass[a];
        float mb = s.inverseMass[b];
        float ia = s.inverseInertia[a];
        float ib = s.inverseInertia[b];
        float vax = s.velocityX[a];
        float vay = s.velocityY[a];
        float wa = s.angularVelocity[a];
        float vbx = s.velocityX[b];
        float vby = s.velocityY[b];
        float wb = s.angularVelocity[b];

        float dvx = (vbx + -wb * r2y) - (vax + -wa * r1y);
        float dvy = (vby + wb * r2x) - (vay + wa * r1x);
        float vn = dvx * nx + dvy * ny;
        float rn1 = r1x * nx + r1y * ny;
        float rn2 = r2x * nx + r2y * ny;
        float kNormal = ma + mb + ia * ((r1x * r1x + r1y * r1y) - rn1 * rn1)
                + ib * ((r2x * r2x + r2y * r2y) - rn2 * rn2);
        float accN = m.accImpulseNormal[point];
        float lambda = (-vn + bias - m.restitutionVelocityTarget[point]) / Maths.nz(kNormal);
        float newAccN = Math.max(accN + lambda, 0f);
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
        float lambdaT = -vt / Maths.nz(kTangent);
        float maxFriction = mu * newAccN;
        float accT = m.accImpulseTangent[point];
        float newAccT = Maths.clip(accT + lambdaT, -maxFriction, maxFriction);
        lambdaT = newAccT - accT;
        float ptx = lambdaT * tx;
        float pty = lambdaT * ty;
        dvax -= ma * ptx;
        dvay -= ma * pty;
        dwa -= ia * (r1x * pty - r1y * ptx);
        dvbx += mb * ptx;
        dvby += mb * pty;
        dwb += ib * (r2x * pty - r2y * ptx);

        m.accImpulseNormal[point] = newAccN;
        m.accImpulseTangent[point] = newAccT;
        ws.addDelta(a, b, dvax, dvay, dwa, dvbx, dvby, dwb);
    }
}
