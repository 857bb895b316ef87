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

    /** Sweeps per solver iteration: polygon pairs slot 0, then slot 1, then circle–polygon, circle–circle. */
    static final int SWEEPS = 4;

    /** The pair group sweep {@code sweep} works on. */
    static ContactGroup groupOf(int sweep) {
        return sweep < 2 ? ContactGroup.POLY_POLY : (sweep == 2 ? ContactGroup.CIRCLE_POLY : ContactGroup.CIRCLE_CIRCLE);
    }

    /** The contact slot sweep {@code sweep} works on. */
    static int slotOf(int sweep) {
        return sweep == 1 ? 1 : 0;
    }

    /**
     * Prepares the solver for this step, from what stays fixed during its iterations (masses, activity, the
     * collision matrix and the detected manifolds):
     * <ul>
     *   <li>per active point: whether it is resolved at all (spec §5.1's shouldResolve); the accumulated impulses
     *       of unresolvable points are zeroed now: the reference zeroes them at their first visit, and nothing
     *       reads them before;</li>
     *   <li>per sweep, its lanes: resolvable points only, in batch and lane order (spec §5.2), each with its
     *       Baumgarte bias and friction coefficient — the reference's per-visit expressions, evaluated once — and
     *       a copy of its manifold, so that the iterations read one compact record per lane.</li>
     * </ul>
     * The lanes' accumulated impulses go back to the manifold tables in {@link #finish}.
     */
    static void prepare(BatchState state, int env, StepWorkspace ws) {
        for (ContactGroup group : ContactGroup.ALL) {
            markResolvable(state, env, ws, group);
        }
        SimParams params = state.params(env);
        ws.segmentCount = 0;
        for (int sweep = 0; sweep < SWEEPS; sweep++) {
            planSweep(state, env, ws, sweep, params);
        }
    }

    private static void markResolvable(BatchState state, int env, StepWorkspace ws, ContactGroup group) {
        ShapeTable shapes = state.shapes;
        int base = shapes.row(env, 0);
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
                boolean resolvable = m.active[point]
                        && !(shapes.inverseMass[a] == 0f && shapes.inverseMass[b] == 0f)
                        && state.collisionMatrix[state.matrixIndex(env, first[pair], second[pair])]
                        && shapes.active[a] && shapes.active[b];
                ws.resolvable[g][local] = resolvable;
                if (!resolvable) {
                    m.accImpulseNormal[point] = 0f;
                    m.accImpulseTangent[point] = 0f;
                }
            }
        }
    }

    /**
     * Pairs are stably sorted inactive-first and spread column-major over nb batches of B lanes, so active pair
     * i sits at sorted position p = n − active + i, in batch p mod nb, lane p / nb; lanes run in order.
     */
    private static void planSweep(BatchState state, int env, StepWorkspace ws, int sweep, SimParams params) {
        ContactGroup group = groupOf(sweep);
        int g = group.ordinal();
        int slot = slotOf(sweep);
        ManifoldTable m = group.manifolds(state);
        int base = state.shapes.row(env, 0);
        int[] first = group.firstShapes(state.pairs);
        int[] second = group.secondShapes(state.pairs);
        int n = first.length;
        int[] batchEnd = ws.batchEnd[sweep];
        int batches = batchEnd.length;
        int firstActive = n - ws.activeCount[g];
        int lastLocal = (n - 1) * group.pointsPerPair + slot;
        int lane = ws.sweepStart[sweep];
        int lastPairLane = -1;
        for (int batch = 0; batch < batches; batch++) {
            int start = firstActive + Math.floorMod(batch - firstActive, batches);
            for (int position = start; position < n; position += batches) {
                int pair = ws.activePairs[g][position - firstActive];
                int local = pair * group.pointsPerPair + slot;
                if (ws.resolvable[g][local]) {
                    if (local == lastLocal) {
                        lastPairLane = lane;
                    }
                    fillLane(state, ws, lane, m, m.row(env, local), base + first[pair], base + second[pair], params);
                    lane++;
                }
            }
            batchEnd[batch] = lane;
        }
        // The padding quirk only bites when the group's last pair is resolved: otherwise its impulses are zero
        // anyway. Lane B − 1 of batch b is sorted position (B − 1)·nb + b: a padding lane once it reaches n.
        boolean quirk = state.config.emulatePaddingQuirk() && lastPairLane >= 0;
        int firstPadded = quirk ? n - (state.config.solverBatchSize() - 1) * batches : Integer.MAX_VALUE;
        lane = ws.sweepStart[sweep];
        for (int batch = 0; batch < batches; batch++) {
            int zeroed = batch >= firstPadded ? lastPairLane : -1;
            if (batchEnd[batch] > lane || zeroed >= 0) {
                int segment = ws.segmentCount++;
                ws.segmentStart[segment] = lane;
                ws.segmentEnd[segment] = batchEnd[batch];
                ws.segmentZeroedLane[segment] = zeroed;
            }
            lane = batchEnd[batch];
        }
    }

    private static void fillLane(BatchState state, StepWorkspace ws, int lane, ManifoldTable m, int point, int a,
            int b, SimParams params) {
        ShapeTable shapes = state.shapes;
        ws.lanePoint[lane] = point;
        ws.laneShapeA[lane] = a;
        ws.laneShapeB[lane] = b;
        ws.laneNormalX[lane] = m.normalX[point];
        ws.laneNormalY[lane] = m.normalY[point];
        ws.laneContactX[lane] = m.collisionPointX[point];
        ws.laneContactY[lane] = m.collisionPointY[point];
        ws.laneBias[lane] = -params.baumgarteCoefficientCollision() / params.dt()
                * Math.min(0f, -m.penetration[point] + params.slop());
        float fa = shapes.friction[a] * params.baseFriction();
        float fb = shapes.friction[b] * params.baseFriction();
        ws.laneFriction[lane] = (float) Math.sqrt(fa * fa + fb * fb);
        ws.laneRestitution[lane] = m.restitutionVelocityTarget[point];
        ws.laneAccNormal[lane] = m.accImpulseNormal[point];
        ws.laneAccTangent[lane] = m.accImpulseTangent[point];
    }

    /** One past the last lane of sweep {@code sweep}. */
    private static int laneEnd(StepWorkspace ws, int sweep) {
        int[] batchEnd = ws.batchEnd[sweep];
        return batchEnd.length == 0 ? ws.sweepStart[sweep] : batchEnd[batchEnd.length - 1];
    }

    /** One solver iteration over every contact lane: the planned batches of all sweeps, in order. */
    static void solveAll(BatchState state, StepWorkspace ws) {
        for (int segment = 0; segment < ws.segmentCount; segment++) {
            solveSegment(state.shapes, ws, segment);
        }
    }

    /** Segment {@code segment} of the plan: one batch of lanes, then the padding quirk's zeroing if any. */
    private static void solveSegment(ShapeTable shapes, StepWorkspace ws, int segment) {
        int start = ws.segmentStart[segment];
        int end = ws.segmentEnd[segment];
        if (end - start == 1) {
            // A lone lane is its own snapshot: apply its deltas at once instead of through the scatter.
            resolve(shapes, ws, start, true);
        } else {
            for (int lane = start; lane < end; lane++) {
                resolve(shapes, ws, lane, false);
            }
            applyDeltas(shapes, ws, start, end);
        }
        int zeroed = ws.segmentZeroedLane[segment];
        if (zeroed >= 0) {
            // JAX scatters the padding lanes' zero impulses to index −1 = the group's last pair, after the
            // real lanes (XLA:CPU order), so that pair never keeps an accumulated impulse (spec §5.2).
            ws.laneAccNormal[zeroed] = 0f;
            ws.laneAccTangent[zeroed] = 0f;
        }
    }

    /**
     * Adds the deltas of lanes {@code start ..< end} as JAX's two scatter-adds do: every lane's first-shape deltas
     * in lane order, then every lane's second-shape deltas.
     */
    private static void applyDeltas(ShapeTable s, StepWorkspace ws, int start, int end) {
        for (int lane = start; lane < end; lane++) {
            int a = ws.laneShapeA[lane];
            s.velocityX[a] += ws.laneDeltaVelAX[lane];
            s.velocityY[a] += ws.laneDeltaVelAY[lane];
            s.angularVelocity[a] += ws.laneDeltaAngA[lane];
        }
        for (int lane = start; lane < end; lane++) {
            int b = ws.laneShapeB[lane];
            s.velocityX[b] += ws.laneDeltaVelBX[lane];
            s.velocityY[b] += ws.laneDeltaVelBY[lane];
            s.angularVelocity[b] += ws.laneDeltaAngB[lane];
        }
    }

    /** Writes the lanes' accumulated impulses back to the manifold tables, after the last iteration. */
    static void finish(BatchState state, StepWorkspace ws) {
        for (int sweep = 0; sweep < SWEEPS; sweep++) {
            ManifoldTable m = groupOf(sweep).manifolds(state);
            for (int lane = ws.sweepStart[sweep]; lane < laneEnd(ws, sweep); lane++) {
                m.accImpulseNormal[ws.lanePoint[lane]] = ws.laneAccNormal[lane];
                m.accImpulseTangent[ws.lanePoint[lane]] = ws.laneAccTangent[lane];
            }
        }
    }

    /**
     * Port of {@code resolve_collision} for one lane: stores the new accumulated impulses and applies the velocity
     * deltas at once ({@code direct}) or records them for the batch's scatter-add.
     */
    private static void resolve(ShapeTable s, StepWorkspace ws, int lane, boolean direct) {
        int a = ws.laneShapeA[lane];
        int b = ws.laneShapeB[lane];
        float nx = ws.laneNormalX[lane];
        float ny = ws.laneNormalY[lane];
        float r1x = ws.laneContactX[lane] - s.positionX[a];
        float r1y = ws.laneContactY[lane] - s.positionY[a];
        float r2x = ws.laneContactX[lane] - s.positionX[b];
        float r2y = ws.laneContactY[lane] - s.positionY[b];
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
        float accN = ws.laneAccNormal[lane];
        float lambda = (-vn + ws.laneBias[lane] - ws.laneRestitution[lane]) / Maths.nz(kNormal);
        float newAccN = Maths.maxZero(accN + lambda);
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
        float maxFriction = ws.laneFriction[lane] * newAccN;
        float accT = ws.laneAccTangent[lane];
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

        ws.laneAccNormal[lane] = newAccN;
        ws.laneAccTangent[lane] = newAccT;
        if (direct) {
            s.velocityX[a] += dvax;
            s.velocityY[a] += dvay;
            s.angularVelocity[a] += dwa;
            s.velocityX[b] += dvbx;
            s.velocityY[b] += dvby;
            s.angularVelocity[b] += dwb;
        } else {
            ws.laneDeltaVelAX[lane] = dvax;
            ws.laneDeltaVelAY[lane] = dvay;
            ws.laneDeltaAngA[lane] = dwa;
            ws.laneDeltaVelBX[lane] = dvbx;
            ws.laneDeltaVelBY[lane] = dvby;
            ws.laneDeltaAngB[lane] = dwb;
        }
    }
}
