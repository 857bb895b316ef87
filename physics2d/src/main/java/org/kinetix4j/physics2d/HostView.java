package org.kinetix4j.physics2d;

import java.util.List;

/**
 * Which of the arrays that a step writes a caller will read after {@link Backend#syncToHost(BatchState, HostView)},
 * so that a backend keeping the state on a device copies back no more than that.
 */
public enum HostView {
    /** Every array: the host then holds the complete state, as after {@link Backend#syncToHost(BatchState)}. */
    ALL,
    /**
     * What a Kinetix environment reads after each physics step for its reward, termination, observations (symbolic
     * and pixel) and info: shape positions, rotations and velocities; joint and thruster world positions (pixels
     * draw them); which contact points are active (the sparse reward and the entity observation's contact mask);
     * {@link Status} bits (non-finite state ends an episode). Left on the device is what only the next step needs:
     * the solver's warm-start caches (accumulated impulses of contacts and joints, restitution targets) and the
     * contact geometry (normals, penetrations, points). {@link #envReads} lists the arrays.
     */
    ENV_READS;

    /** Whether this view brings {@code array}, one of {@code state}'s arrays, back to the host. */
    public boolean includes(BatchState state, Object array) {
        return this == ALL || envReads(state).stream().anyMatch(read -> read == array);
    }

    /** The step-written arrays of {@code state} that {@link #ENV_READS} brings back (by identity). */
    public static List<Object> envReads(BatchState state) {
        ShapeTable shapes = state.shapes;
        return List.of(shapes.positionX, shapes.positionY, shapes.rotation, shapes.velocityX, shapes.velocityY,
                shapes.angularVelocity, state.joints.globalPositionX, state.joints.globalPositionY,
                state.thrusters.globalPositionX, state.thrusters.globalPositionY, state.polyPolyManifolds.active,
                state.circlePolyManifolds.active, state.circleCircleManifolds.active, state.status);
    }
}
