package org.kinetix4j.physics2d;

/** Refreshes thruster world positions from their parent (end of Jax2D's {@code step}, spec §3 step 10). */
final class ThrusterPositions {
    private ThrusterPositions() {
    }

    /** global_position = parent.position + R(parent.rotation) · relative_position, active or not. */
    static void update(BatchState state, int env, int slot) {
        ThrusterTable t = state.thrusters;
        ShapeTable s = state.shapes;
        int row = t.row(env, slot);
        int parent = s.row(env, t.shape[row]);
        float c = Maths.cos(s.rotation[parent]);
        float sn = Maths.sin(s.rotation[parent]);
        t.globalPositionX[row] = s.positionX[parent] + (c * t.relativePositionX[row] + -sn * t.relativePositionY[row]);
        t.globalPositionY[row] = s.positionY[parent] + (sn * t.relativePositionX[row] + c * t.relativePositionY[row]);
    }
}
