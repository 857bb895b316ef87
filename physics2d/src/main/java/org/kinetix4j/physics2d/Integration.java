package org.kinetix4j.physics2d;

/**
 * Gravity, semi-implicit Euler integration and clipping (spec §3 steps 1, 8, 9). Like the reference, these act
 * on every slot, active or not: static is {@code inverseMass == 0}, nothing else.
 */
final class Integration {
    private Integration() {
    }

    /** v += g·dt for every shape with non-zero inverse mass (inactive ones included). */
    static void applyGravity(BatchState state, int env) {
        ShapeTable s = state.shapes;
        float dt = state.params(env).dt();
        float gx = state.gravityX[env] * dt;
        float gy = state.gravityY[env] * dt;
        int base = s.row(env, 0);
        for (int row = base; row < base + s.capacity; row++) {
            if (s.inverseMass[row] != 0f) {
                s.velocityX[row] += gx;
                s.velocityY[row] += gy;
            }
        }
    }

    /**
     * Integrates positions and rotations, clips positions, velocities and angular velocities, and returns
     * {@link Status#NON_FINITE} if any shape's state is NaN or infinite afterwards.
     */
    static int integrateAndClip(BatchState state, int env) {
        ShapeTable s = state.shapes;
        SimParams params = state.params(env);
        float dt = params.dt();
        float maxPosition = params.clipPosition();
        float maxVelocity = params.clipVelocity();
        float maxAngular = params.clipAngularVelocity();
        int base = s.row(env, 0);
        boolean finite = true;
        for (int row = base; row < base + s.capacity; row++) {
            float x = Maths.clip(s.positionX[row] + s.velocityX[row] * dt, -maxPosition, maxPosition);
            float y = Maths.clip(s.positionY[row] + s.velocityY[row] * dt, -maxPosition, maxPosition);
            float rotation = s.rotation[row] + s.angularVelocity[row] * dt;
            s.positionX[row] = x;
            s.positionY[row] = y;
            s.rotation[row] = rotation;
            s.velocityX[row] = Maths.clip(s.velocityX[row], -maxVelocity, maxVelocity);
            s.velocityY[row] = Maths.clip(s.velocityY[row], -maxVelocity, maxVelocity);
            s.angularVelocity[row] = Maths.clip(s.angularVelocity[row], -maxAngular, maxAngular);
            // NaN and ±∞ both make x − x non-zero (NaN); one test covers all six values.
            finite &= (x - x) + (y - y) + (rotation - rotation) + (s.velocityX[row] - s.velocityX[row])
                    + (s.velocityY[row] - s.velocityY[row]) + (s.angularVelocity[row] - s.angularVelocity[row]) == 0f;
        }
        return finite ? 0 : Status.NON_FINITE;
    }
}
