package org.kinetix4j.physics2d;

/**
 * Joint solving (Jax2D {@code resolve_joint} scanned over the joints, spec §5.4): Gauss–Seidel in slot order,
 * each joint updating velocities <em>and positions</em> of its two bodies at once.
 */
final class JointSolver {
    private JointSolver() {
    }

    /** Not both static, joint active, both bodies active ({@code a}, {@code b} are shape-table rows). */
    static boolean shouldResolve(JointTable j, ShapeTable s, int row, int a, int b) {
        return !(s.inverseMass[a] == 0f && s.inverseMass[b] == 0f) && j.active[row] && s.active[a] && s.active[b];
    }

    /**
     * Prepares the joints for this step's iterations from what stays fixed during them: masses and activity,
     * and rotations (the solver moves positions, never rotations), so each joint's world anchors, its limit and
     * weld biases and whether its angular impulse applies are the reference's per-iteration values, evaluated
     * once.
     */
    static void prepare(BatchState state, int env, StepWorkspace ws) {
        JointTable j = state.joints;
        ShapeTable s = state.shapes;
        SimParams params = state.params(env);
        for (int slot = 0; slot < j.capacity; slot++) {
            int row = j.row(env, slot);
            int aShape = j.aShape[row];
            int bShape = j.bShape[row];
            int a = s.row(env, aShape);
            int b = s.row(env, bShape);
            ws.jointResolvable[slot] = shouldResolve(j, s, row, a, b);
            if (!ws.jointResolvable[slot]) {
                continue;
            }
            float ma = s.inverseMass[a];
            float mb = s.inverseMass[b];
            ws.jointShapeA[slot] = a;
            ws.jointShapeB[slot] = b;
            ws.jointSumInverseMass[slot] = Maths.nz(ma + mb);
            ws.jointSumInverseInertia[slot] = Maths.nz(s.inverseInertia[a] + s.inverseInertia[b]);
            ws.jointMeanWeight[slot] = 1f / ma + 1f / mb;
            ws.jointAnchorAX[slot] = ws.cos[aShape] * j.aRelativePosX[row] + -ws.sin[aShape] * j.aRelativePosY[row];
            ws.jointAnchorAY[slot] = ws.sin[aShape] * j.aRelativePosX[row] + ws.cos[aShape] * j.aRelativePosY[row];
            ws.jointAnchorBX[slot] = ws.cos[bShape] * j.bRelativePosX[row] + -ws.sin[bShape] * j.bRelativePosY[row];
            ws.jointAnchorBY[slot] = ws.sin[bShape] * j.bRelativePosX[row] + ws.cos[bShape] * j.bRelativePosY[row];
            float relative = s.rotation[b] - s.rotation[a] - j.rotation[row];
            float target = Maths.clip(relative, j.minRotation[row], j.maxRotation[row]);
            ws.jointLimitBias[slot] = (relative - target) * params.baumgarteCoefficientRJointLimitAV();
            ws.jointFixedBias[slot] = (s.rotation[b] - s.rotation[a] - j.rotation[row])
                    * params.baumgarteCoefficientFJointAV();
            ws.jointAngularApplies[slot] = j.isFixedJoint[row] || (j.motorHasJointLimits[row] && target != relative);
        }
    }

    /** One pass over all joints of environment {@code env}. */
    static void solveAll(BatchState state, int env, StepWorkspace ws) {
        JointTable j = state.joints;
        SimParams params = state.params(env);
        for (int slot = 0; slot < j.capacity; slot++) {
            int row = j.row(env, slot);
            if (ws.jointResolvable[slot]) {
                solve(state, ws, params, slot, row);
            } else {
                j.globalPositionX[row] = 0f;
                j.globalPositionY[row] = 0f;
                j.accImpulseX[row] = 0f;
                j.accImpulseY[row] = 0f;
                j.accRImpulse[row] = 0f;
            }
        }
    }

    private static void solve(BatchState state, StepWorkspace ws, SimParams params, int slot, int row) {
        JointTable j = state.joints;
        ShapeTable s = state.shapes;
        int a = ws.jointShapeA[slot];
        int b = ws.jointShapeB[slot];
        float ma = s.inverseMass[a];
        float mb = s.inverseMass[b];
        float ia = s.inverseInertia[a];
        float ib = s.inverseInertia[b];
        float sumInverseMass = ws.jointSumInverseMass[slot];
        float sumInverseInertia = ws.jointSumInverseInertia[slot];

        float rax = ws.jointAnchorAX[slot];
        float ray = ws.jointAnchorAY[slot];
        float rbx = ws.jointAnchorBX[slot];
        float rby = ws.jointAnchorBY[slot];
        float pax = s.positionX[a] + rax;
        float pay = s.positionY[a] + ray;
        float pbx = s.positionX[b] + rbx;
        float pby = s.positionY[b] + rby;
        float jpx;
        float jpy;
        if (ma == 0f) {
            jpx = pax;
            jpy = pay;
        } else if (mb == 0f) {
            jpx = pbx;
            jpy = pby;
        } else {
            // Mass-weighted mean of the two anchor points; the weight is 1/ma + 1/mb.
            jpx = (pax / ma + pbx / mb) / ws.jointMeanWeight[slot];
            jpy = (pay / ma + pby / mb) / ws.jointMeanWeight[slot];
        }

        float wa = s.angularVelocity[a];
        float wb = s.angularVelocity[b];
        float rvx = (s.velocityX[b] + -wb * (jpy - s.positionY[b])) - (s.velocityX[a] + -wa * (jpy - s.positionY[a]));
        float rvy = (s.velocityY[b] + wb * (jpx - s.positionX[b])) - (s.velocityY[a] + wa * (jpx - s.positionX[a]));
        float rvLength = Maths.nz(Maths.length(rvx, rvy));
        float dirX = rvx / rvLength;
        float dirY = rvy / rvLength;
        float crossA = rax * dirY - ray * dirX;
        float crossB = rbx * dirY - rby * dirX;
        float effective = Maths.nz(sumInverseMass + (crossA * crossA * ia + crossB * crossB * ib));
        float ix = (rvx + params.baumgarteCoefficientJointsV() * (pbx - pax)) / effective * params.jointStiffness();
        float iy = (rvy + params.baumgarteCoefficientJointsV() * (pby - pay)) / effective * params.jointStiffness();

        float dvax = ma * ix;
        float dvay = ma * iy;
        float dwa = (rax * iy - ray * ix) * ia;
        float dvbx = -mb * ix;
        float dvby = -mb * iy;
        float dwb = -(rbx * iy - rby * ix) * ib;
        float sepX = (pbx - pax) / sumInverseMass;
        float sepY = (pby - pay) / sumInverseMass;
        float correction = params.baumgarteCoefficientJointsP();
        float dpax = sepX * ma * correction;
        float dpay = sepY * ma * correction;
        float dpbx = -sepX * mb * correction;
        float dpby = -sepY * mb * correction;

        float limitBias = ws.jointLimitBias[slot];
        float raw = wb + dwb - wa - dwa;
        boolean fixed = j.isFixedJoint[row];
        float dav = fixed ? raw + ws.jointFixedBias[slot]
                : (Maths.sign(raw) == Maths.sign(limitBias) ? 1f : 0f) * (raw + limitBias);
        float rImpulse = dav / sumInverseInertia;
        rImpulse *= ws.jointAngularApplies[slot] ? 1f : 0f;
        dwa += rImpulse * ia;
        dwb -= rImpulse * ib;

        j.globalPositionX[row] = jpx;
        j.globalPositionY[row] = jpy;
        j.accImpulseX[row] = ix + j.accImpulseX[row];
        j.accImpulseY[row] = iy + j.accImpulseY[row];
        j.accRImpulse[row] = fixed ? rImpulse + j.accRImpulse[row] : 0f;

        s.velocityX[a] += dvax;
        s.velocityY[a] += dvay;
        s.velocityX[b] += dvbx;
        s.velocityY[b] += dvby;
        s.angularVelocity[a] += dwa;
        s.angularVelocity[b] += dwb;
        s.positionX[a] += dpax;
        s.positionY[a] += dpay;
        s.positionX[b] += dpbx;
        s.positionY[b] += dpby;
    }
}
