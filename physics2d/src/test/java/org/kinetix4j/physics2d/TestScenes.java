package org.kinetix4j.physics2d;

/**
 * Shared helpers of the behaviour tests (spec §7): one-environment batches, stepping, and shape accessors by
 * global shape index. Every helper works on environment 0.
 */
final class TestScenes {
    /** The only environment of the batches built here. */
    static final int ENV = 0;

    /** One single-threaded backend is enough for one-environment batches, and is deterministic. */
    private static final CpuBackend BACKEND = new CpuBackend(1);

    private TestScenes() {
    }

    /** A one-environment batch of {@code config}, every slot empty (no world polygons). */
    static BatchState emptyState(StaticConfig config) {
        return new BatchState(config, 1);
    }

    /** Jax2D's {@code create_empty_sim} with defaults: floor (top y = 0.4), walls at x = 0 and 5, ceiling. */
    static BatchState defaultWorld() {
        return world(StaticConfig.jax2dDefault());
    }

    /** {@code create_empty_sim} defaults for the given sizes. */
    static BatchState world(StaticConfig config) {
        BatchState state = emptyState(config);
        new Scene(state, ENV).createEmpty();
        return state;
    }

    /** {@code create_empty_sim} with neither floor nor walls: nothing to collide with. */
    static BatchState openSpace(StaticConfig config) {
        BatchState state = emptyState(config);
        new Scene(state, ENV).createEmpty(false, false, Scene.DEFAULT_SCENE_SIZE, Scene.DEFAULT_FLOOR_OFFSET);
        return state;
    }

    /** A scene builder on environment 0. */
    static Scene scene(BatchState state) {
        return new Scene(state, ENV);
    }

    /** Sets gravity of environment 0. */
    static void setGravity(BatchState state, float gx, float gy) {
        state.gravityX[ENV] = gx;
        state.gravityY[ENV] = gy;
    }

    /** All-zero actions. */
    static float[] zeroActions(BatchState state) {
        return new float[state.config.actionSize()];
    }

    /** Every joint slot gets {@code motor}, every thruster slot gets {@code thruster}. */
    static float[] uniformActions(BatchState state, float motor, float thruster) {
        float[] actions = zeroActions(state);
        for (int j = 0; j < state.config.numJoints(); j++) {
            actions[j] = motor;
        }
        for (int t = 0; t < state.config.numThrusters(); t++) {
            actions[state.config.numJoints() + t] = thruster;
        }
        return actions;
    }

    /** Steps {@code n} times with the same actions on {@code backend}. */
    static void step(BatchState state, Backend backend, float[] actions, int n) {
        for (int i = 0; i < n; i++) {
            backend.step(state, actions);
        }
    }

    /** Steps {@code n} times with the same actions on a single-threaded CPU backend. */
    static void step(BatchState state, float[] actions, int n) {
        step(state, BACKEND, actions, n);
    }

    /** Steps {@code n} times with zero actions. */
    static void step(BatchState state, int n) {
        step(state, zeroActions(state), n);
    }

    static int row(BatchState state, int shape) {
        return state.shapes.row(ENV, shape);
    }

    static float x(BatchState state, int shape) {
        return state.shapes.positionX[row(state, shape)];
    }

    static float y(BatchState state, int shape) {
        return state.shapes.positionY[row(state, shape)];
    }

    static float vx(BatchState state, int shape) {
        return state.shapes.velocityX[row(state, shape)];
    }

    static float vy(BatchState state, int shape) {
        return state.shapes.velocityY[row(state, shape)];
    }

    static float rotation(BatchState state, int shape) {
        return state.shapes.rotation[row(state, shape)];
    }

    static float omega(BatchState state, int shape) {
        return state.shapes.angularVelocity[row(state, shape)];
    }

    /** Manifold row of circle–polygon pair (circle slot c, polygon slot p). */
    static int circlePolyPoint(BatchState state, int circleSlot, int polygonSlot) {
        return state.circlePolyManifolds.row(ENV, circleSlot * state.config.numPolygons() + polygonSlot);
    }

    /** Index of the polygon–polygon pair (a, b), a &lt; b, in the pair list; -1 if not generated. */
    static int polyPolyPair(BatchState state, int a, int b) {
        PairTables pairs = state.pairs;
        for (int k = 0; k < pairs.polyPolyA.length; k++) {
            if (pairs.polyPolyA[k] == a && pairs.polyPolyB[k] == b) {
                return k;
            }
        }
        return -1;
    }

    /** Manifold row of contact slot {@code slot} of polygon–polygon pair (a, b). */
    static int polyPolyPoint(BatchState state, int a, int b, int slot) {
        return state.polyPolyManifolds.row(ENV, polyPolyPair(state, a, b) * 2 + slot);
    }

    /** Index of the circle–circle pair (circle slots i &lt; j). */
    static int circleCirclePair(BatchState state, int i, int j) {
        PairTables pairs = state.pairs;
        int p = state.config.numPolygons();
        for (int k = 0; k < pairs.circleCircleA.length; k++) {
            if (pairs.circleCircleA[k] == p + i && pairs.circleCircleB[k] == p + j) {
                return k;
            }
        }
        return -1;
    }

    /** Manifold row of circle–circle pair (circle slots i &lt; j). */
    static int circleCirclePoint(BatchState state, int i, int j) {
        return state.circleCircleManifolds.row(ENV, circleCirclePair(state, i, j));
    }

    /** World x of local point (lx, ly) of shape {@code shape}, computed in double. */
    static double worldX(BatchState state, int shape, double lx, double ly) {
        double r = rotation(state, shape);
        return x(state, shape) + Math.cos(r) * lx - Math.sin(r) * ly;
    }

    /** World y of local point (lx, ly) of shape {@code shape}, computed in double. */
    static double worldY(BatchState state, int shape, double lx, double ly) {
        double r = rotation(state, shape);
        return y(state, shape) + Math.sin(r) * lx + Math.cos(r) * ly;
    }

    /** Distance between the two world anchors of joint slot {@code slot}. */
    static double anchorSeparation(BatchState state, int slot) {
        JointTable j = state.joints;
        int row = j.row(ENV, slot);
        int a = j.aShape[row];
        int b = j.bShape[row];
        double dx = worldX(state, b, j.bRelativePosX[row], j.bRelativePosY[row])
                - worldX(state, a, j.aRelativePosX[row], j.aRelativePosY[row]);
        double dy = worldY(state, b, j.bRelativePosX[row], j.bRelativePosY[row])
                - worldY(state, a, j.aRelativePosX[row], j.aRelativePosY[row]);
        return Math.hypot(dx, dy);
    }
}
