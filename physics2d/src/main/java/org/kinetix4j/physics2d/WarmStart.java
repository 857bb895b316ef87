package org.kinetix4j.physics2d;

/**
 * Applies last step's accumulated impulses before the solver iterations (Jax2D
 * {@code resolve_warm_starting_impulse} and {@code resolve_joint_warm_start}, spec §5.3, §5.5).
 *
 * <p>Each group is Jacobi: its deltas depend only on positions, masses and the manifolds, never on velocities, so
 * they are collected and then scatter-added in the reference's order (all first-shape deltas, then all
 * second-shape deltas). Groups run polygon–polygon → circle–polygon → circle–circle → joints.
 */
final class WarmStart {
    private WarmStart() {
    }

    /** Warm-starts one contact group; polygon pairs sum their two contact points. */
    static void contacts(BatchState state, int env, StepWorkspace ws, ContactGroup group) {
        ManifoldTable m = group.manifolds(state);
        int[] first = group.firstShapes(state.pairs);
        int[] second = group.secondShapes(state.pairs);
        int g = group.ordinal();
        ShapeTable s = state.shapes;
        int base = s.row(env, 0);
        int pointBase = m.row(env, 0);
        for (int i = 0; i < ws.activeCount[g]; i++) {
            int pair = ws.activePairs[g][i];
            int a = base + first[pair];
            int b = base + second[pair];
            float dvax = 0f;
            float dvay = 0f;
            float dwa = 0f;
            float dvbx = 0f;
            float dvby = 0f;
            float dwb = 0f;
            for (int slot = 0; slot < group.pointsPerPair; slot++) {
                int local = pair * group.pointsPerPair + slot;
                if (!ws.resolvable[g][local]) {
                    continue;
                }
                int point = pointBase + local;
                float nx = m.normalX[point];
                float ny = m.normalY[point];
                float accN = m.accImpulseNormal[point];
                float accT = m.accImpulseTangent[point];
                float px = accN * nx + accT * ny;
                float py = accN * ny + accT * -nx;
                float r1x = m.collisionPointX[point] - s.positionX[a];
                float r1y = m.collisionPointY[point] - s.positionY[a];
                float r2x = m.collisionPointX[point] - s.positionX[b];
                float r2y = m.collisionPointY[point] - s.positionY[b];
                dvax += -px * s.inverseMass[a];
                dvay += -py * s.inverseMass[a];
                dvbx += px * s.inverseMass[b];
                dvby += py * s.inverseMass[b];
                dwa += -s.inverseInertia[a] * (r1x * py - r1y * px);
                dwb += s.inverseInertia[b] * (r2x * py - r2y * px);
            }
            ws.addDelta(a, b, dvax, dvay, dwa, dvbx, dvby, dwb);
        }
        ws.applyDeltas(s, 0);
    }

    /** Warm-starts every joint from its accumulated linear and angular impulses. */
    static void joints(BatchState state, int env, StepWorkspace ws) {
        JointTable j = state.joints;
        ShapeTable s = state.shapes;
        int base = s.row(env, 0);
        for (int slot = 0; slot < j.capacity; slot++) {
            int row = j.row(env, slot);
            int aShape = j.aShape[row];
            int bShape = j.bShape[row];
            int a = base + aShape;
            int b = base + bShape;
            if (!JointSolver.shouldResolve(j, s, row, a, b)) {
                continue;
            }
            float r1x = ws.cos[aShape] * j.aRelativePosX[row] + -ws.sin[aShape] * j.aRelativePosY[row];
            float r1y = ws.sin[aShape] * j.aRelativePosX[row] + ws.cos[aShape] * j.aRelativePosY[row];
            float r2x = ws.cos[bShape] * j.bRelativePosX[row] + -ws.sin[bShape] * j.bRelativePosY[row];
            float r2y = ws.sin[bShape] * j.bRelativePosX[row] + ws.cos[bShape] * j.bRelativePosY[row];
            float ix = j.accImpulseX[row];
            float iy = j.accImpulseY[row];
            float rImpulse = j.accRImpulse[row];
            float dwa = s.inverseInertia[a] * (r1x * iy - r1y * ix);
            float dwb = -s.inverseInertia[b] * (r2x * iy - r2y * ix);
            dwa += rImpulse * s.inverseInertia[a];
            dwb -= rImpulse * s.inverseInertia[b];
            ws.addDelta(a, b, ix * s.inverseMass[a], iy * s.inverseMass[a], dwa,
                    -ix * s.inverseMass[b], -iy * s.inverseMass[b], dwb);
        }
        ws.applyDeltas(s, 0);
    }
}
