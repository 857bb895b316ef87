package org.kinetix4j.env.levels;

import org.kinetix4j.physics2d.BatchState;
import org.kinetix4j.physics2d.ShapeTable;

/** Read-only views of one shape of environment 0, for closed-loop controllers. */
final class Probe {
    private Probe() {
    }

    /** Centroid x, m. */
    static float x(BatchState state, int shape) {
        return state.shapes.positionX[row(state, shape)];
    }

    /** Centroid y, m. */
    static float y(BatchState state, int shape) {
        return state.shapes.positionY[row(state, shape)];
    }

    /** Rotation, rad (counter-clockwise, unwrapped). */
    static float angle(BatchState state, int shape) {
        return state.shapes.rotation[row(state, shape)];
    }

    /** Velocity x, m/s. */
    static float vx(BatchState state, int shape) {
        return state.shapes.velocityX[row(state, shape)];
    }

    /** Velocity y, m/s. */
    static float vy(BatchState state, int shape) {
        return state.shapes.velocityY[row(state, shape)];
    }

    /** Angular velocity, rad/s. */
    static float omega(BatchState state, int shape) {
        return state.shapes.angularVelocity[row(state, shape)];
    }

    /** Global index of circle slot {@code slot}. */
    static int circle(BatchState state, int slot) {
        return state.config.circleShape(slot);
    }

    private static int row(BatchState state, int shape) {
        ShapeTable shapes = state.shapes;
        return shapes.row(0, shape);
    }
}
