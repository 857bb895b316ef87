package org.kinetix4j.physics2d;

/**
 * Motors and thrusters (Jax2D {@code apply_motor} and the thruster stage of {@code step}, spec §5.6–5.7).
 *
 * <p>Both are Jacobi groups: motors read the post-gravity state, thrusters the post-motor state; their deltas
 * are scatter-added in the reference's order.
 */
final class Actuators {
    private Actuators() {
    }

    /**
     * Applies every joint motor; {@code actions[offset + slot]} is joint slot's action. An action of exactly 0
     * switches the motor off for the step (it does not brake).
     */
    static void applyMotors(BatchState state, int env, StepWorkspace ws, float[] actions, int offset) {
        JointTable j = state.joints;
        ShapeTable s = state.shapes;
        SimParams params = state.params(env);
        for (int slot = 0; slot < j.capacity; slot++) {
            int row = j.row(env, slot);
            int a = s.row(env, j.aShape[row]);
            int b = s.row(env, j.bShape[row]);
            float action = actions[offset + slot];
            if (!JointSolver.shouldResolve(j, s, row, a, b) || !j.motorOn[row] || action == 0f
                    || j.isFixedJoint[row]) {
                continue;
            }
            float ia = s.inverseInertia[a];
            float ib = s.inverseInertia[b];
            float axialMass = 1.0f / Maths.nz(ia + ib);
            float power = params.baseMotorPower() * j.motorPower[row] * params.dt() * axialMass;
            float error = s.angularVelocity[b] - s.angularVelocity[a]
                    - j.motorSpeed[row] * action * params.baseMotorSpeed();
            float direction = Maths.tanh(error * params.motorDecayCoefficient());
            float relative = s.rotation[b] - s.rotation[a] - j.rotation[row];
            float target = Maths.clip(relative, j.minRotation[row] + params.motorJointLimit(),
                    j.maxRotation[row] - params.motorJointLimit());
            float excess = relative - target;
            // Fade the motor out over the last motorJointLimit radians before a limit, only when pushing into it.
            float fade = (excess == 0f || !j.motorHasJointLimits[row]) ? 1f
                    : Math.max(0f, 1f - Math.abs(excess) / params.motorJointLimit());
            power *= Math.max(fade, Maths.sign(excess) != Maths.sign(action) ? 1f : 0f);
            ws.addDelta(a, b, 0f, 0f, power * direction * ia, 0f, 0f, -power * direction * ib);
        }
        ws.applyDeltas(s, 0);
    }

    /** Applies every thruster; {@code actions[offset + slot]} is thruster slot's action. */
    static void applyThrusters(BatchState state, int env, StepWorkspace ws, float[] actions, int offset) {
        ThrusterTable t = state.thrusters;
        ShapeTable s = state.shapes;
        SimParams params = state.params(env);
        for (int slot = 0; slot < t.capacity; slot++) {
            int row = t.row(env, slot);
            if (!t.active[row]) {
                continue;
            }
            int parentShape = t.shape[row];
            int parent = s.row(env, parentShape);
            // The parent may be inactive (the reference does not check it): only active shapes have cached cos/sin.
            float c = s.active[parent] ? ws.cos[parentShape] : Maths.cos(s.rotation[parent]);
            float sn = s.active[parent] ? ws.sin[parentShape] : Maths.sin(s.rotation[parent]);
            float rx = c * t.relativePositionX[row] + -sn * t.relativePositionY[row];
            float ry = sn * t.relativePositionX[row] + c * t.relativePositionY[row];
            float angle = t.rotation[row] + s.rotation[parent];
            float dirX = Maths.cos(angle);
            float dirY = Maths.sin(angle);
            float force = t.power[row] * 1f * params.baseThrusterPower() * actions[offset + slot] * params.dt();
            float dw = s.inverseInertia[parent] * (rx * dirY - ry * dirX) * force;
            s.velocityX[parent] += s.inverseMass[parent] * dirX * force;
            s.velocityY[parent] += s.inverseMass[parent] * dirY * force;
            s.angularVelocity[parent] += dw;
        }
    }
}
