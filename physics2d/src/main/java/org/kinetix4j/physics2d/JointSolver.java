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

    /** One pass over all joints of environment {@code env}. */
    static void solveAll(BatchState state, int env, StepWorkspace ws) {
        JointTable j = state.joints;
        for (int slot = 0; slot < j.capacity; slot++) {
            solve(state, env, ws, j.row(env, slot));
        }
    }

    private static void solve(BatchState state, int env, StepWorkspace ws, int row) {
        JointTable j = state.joints;
        ShapeTable s = state.shapes;
        int aShape = j.aShape[row];
        int bShape = j.bShape[row];
        int a = s.row(env, aShape);
        int b = s.row(env, bShape);
        if (!shouldResolve(j, s, row, a, b)) {
            j.globalPositionX[row] = 0f;
            j.globalPositionY[row] = 0f;
            j.accImpulseX[row] = 0f;
            j.accImpulseY[row] = 0f;
            j.accRImpulse[row] = 0f;
            return;
        }
        SimParams params = state.params(env);
        float ma = s.inverseMass[a];
        float mb = s.inverseMass[b];
        float ia = s.inverseInertia[a];
        float ib = s.inverseInertia[b];
        float sumInverseMass = Maths.nz(ma + mb);
        float sumInverseInertia = Maths.nz(ia + ib);

        float rax = ws.cos[aShape] * j.aRelativePosX[row] + -ws.sin[aShape] * j.aRelativePosY[row];
        float ray = ws.sin[aShape] * j.aRelativePosX[row] + ws.cos[aShape] * j.aRelativePosY[row];
        float rbx = ws.cos[bShape] * j.bRelativePosX[row] + -ws.sin[bShape] * j.bRelativePosY[row];
        float rby = ws.sin[bShape] * j.bRelativePosX[row] + ws.cos[bShape] * j.bRelativePosY[row];
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
            // Mass-weighted mean of the two anchor points.
            jpx = (pax / ma + pbx / mb) / (1f / ma + 1f / mb);
            jpy = (pay / ma + pby / mb) / (1f / ma + 1f / mb);
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

        float relative = s.rotation[b] - s.rotation[a] - j.rotation[row];
        float target = Maths.clip(relative, j.minRotation[row], j.maxRotation[row]);
        float limitBias = (relative - target) * params.baumgarteCoefficientRJointLimitAV();
        float fixedBias = (s.rotation[b] - s.rotation[a] - j.rotation[row]) * params.baumgarteCoefficientFJointAV();
        float raw = wb + dwb - wa - dwa;
        boolean fixed = j.isFixedJoint[row];
        float dav = fixed ? raw + fixedBias
                : (Maths.sign(raw) == Maths.sign(limitBias) ? 1f : 0f) * (raw + limitBias);
        float rImpulse = dav / sumInverseInertia;
        boolean applying = fixed || (j.motorHasJointLimits[row] && target != relative);
        rImpulse *= applying ? 1f : 0f;
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
