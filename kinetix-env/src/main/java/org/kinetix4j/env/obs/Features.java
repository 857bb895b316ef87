package org.kinetix4j.env.obs;

import java.util.Arrays;
import org.kinetix4j.env.EnvTables;
import org.kinetix4j.env.Role;
import org.kinetix4j.physics2d.BatchState;
import org.kinetix4j.physics2d.JointTable;
import org.kinetix4j.physics2d.Maths;
import org.kinetix4j.physics2d.ShapeTable;
import org.kinetix4j.physics2d.StaticConfig;
import org.kinetix4j.physics2d.ThrusterTable;

/**
 * The per-entity feature vectors shared by the symbolic observations (spec kinetix.md §4.1), written straight into
 * a caller's float array. Each writer returns the offset after what it wrote.
 *
 * <p>{@code sanitize} applies the entity observation's preprocessing to every float read from the state (NaN → 0,
 * ±infinity → ±Float.MAX_VALUE, as {@code jnp.nan_to_num} does to the whole state); the flat observations read
 * raw values and clean up their output instead. Arithmetic is float32 like the reference, except sin, cos and tanh,
 * which are evaluated in double and rounded (within an ulp or so of XLA's float32 versions).
 */
final class Features {
    /** Role one-hot width (num_shape_roles) of every shipped config: the four roles. */
    static final int DEFAULT_ROLES = Role.values().length;
    /** Value every observation clips to in the flat variants. */
    static final float FLAT_CLIP = 10f;

    private Features() {
    }

    /**
     * Base shape features: position 2, velocity 2, inverse mass, inverse inertia, density, tanh(ω/10), role
     * one-hot, sin, cos, friction, restitution (16 with four roles).
     */
    static int baseWidth(int roles) {
        return 12 + roles;
    }

    /** Polygon features: base, "is circle" 0, 4 vertices, triangle flag (26 with four roles). */
    static int polygonWidth(int roles) {
        return baseWidth(roles) + 2 + 2 * StaticConfig.VERTICES;
    }

    /** Circle features: base, radius, "is circle" 1 (18 with four roles). */
    static int circleWidth(int roles) {
        return baseWidth(roles) + 2;
    }

    /** Joint features per direction: 18 + number of motor bindings. */
    static int jointWidth(int numMotorBindings) {
        return 18 + numMotorBindings;
    }

    /** Thruster features: 6 + number of thruster bindings. */
    static int thrusterWidth(int numThrusterBindings) {
        return 6 + numThrusterBindings;
    }

    /** {@code jnp.nan_to_num} when {@code sanitize}, identity otherwise. */
    static float in(float x, boolean sanitize) {
        if (!sanitize) {
            return x;
        }
        if (x != x) {
            return 0f;
        }
        if (x == Float.POSITIVE_INFINITY) {
            return Float.MAX_VALUE;
        }
        return x == Float.NEGATIVE_INFINITY ? -Float.MAX_VALUE : x;
    }

    static float flag(boolean b) {
        return b ? 1f : 0f;
    }

    /** The engine's float32 sine (StrictMath's value, without its allocation): reproducible on every JVM. */
    static float sin(float x) {
        return Maths.sin(x);
    }

    /** The engine's float32 cosine. */
    static float cos(float x) {
        return Maths.cos(x);
    }

    /** {@code jax.nn.one_hot(index, n)}: all zeros when the index is out of range, never an error. */
    static int oneHot(float[] out, int o, int index, int n) {
        Arrays.fill(out, o, o + n, 0f);
        if (index >= 0 && index < n) {
            out[o + index] = 1f;
        }
        return o + n;
    }

    static int zeros(float[] out, int o, int n) {
        Arrays.fill(out, o, o + n, 0f);
        return o + n;
    }

    /** The 16 base features of global shape {@code shape}. */
    static int base(float[] out, int o, BatchState state, EnvTables tables, int env, int shape, int roles,
            boolean sanitize) {
        ShapeTable s = state.shapes;
        int r = s.row(env, shape);
        out[o++] = in(s.positionX[r], sanitize);
        out[o++] = in(s.positionY[r], sanitize);
        out[o++] = in(s.velocityX[r], sanitize);
        out[o++] = in(s.velocityY[r], sanitize);
        out[o++] = in(s.inverseMass[r], sanitize);
        out[o++] = in(s.inverseInertia[r], sanitize);
        out[o++] = in(tables.density[tables.shapeRow(env, shape)], sanitize);
        out[o++] = (float) Math.tanh(in(s.angularVelocity[r], sanitize) / 10f);
        o = oneHot(out, o, tables.role[tables.shapeRow(env, shape)], roles);
        float rotation = in(s.rotation[r], sanitize);
        out[o++] = sin(rotation);
        out[o++] = cos(rotation);
        out[o++] = in(s.friction[r], sanitize);
        out[o++] = in(s.restitution[r], sanitize);
        return o;
    }

    /** The 26 polygon features: vertex slots at or beyond n_vertices read (−1, −1). */
    static int polygon(float[] out, int o, BatchState state, EnvTables tables, int env, int shape, int roles,
            boolean sanitize) {
        o = base(out, o, state, tables, env, shape, roles, sanitize);
        out[o++] = 0f;
        ShapeTable s = state.shapes;
        int n = s.nVertices[s.row(env, shape)];
        for (int k = 0; k < StaticConfig.VERTICES; k++) {
            int v = s.vertex(env, shape, k);
            out[o++] = k < n ? in(s.vertexX[v], sanitize) : -1f;
            out[o++] = k < n ? in(s.vertexY[v], sanitize) : -1f;
        }
        out[o++] = flag(n <= 3);
        return o;
    }

    /** The 18 circle features. */
    static int circle(float[] out, int o, BatchState state, EnvTables tables, int env, int shape, int roles,
            boolean sanitize) {
        o = base(out, o, state, tables, env, shape, roles, sanitize);
        out[o++] = in(state.shapes.radius[state.shapes.row(env, shape)], sanitize);
        out[o++] = 1f;
        return o;
    }

    /**
     * The 18 + NMB features of joint slot {@code slot} seen from one of its bodies: {@code fromB} describes it
     * "from b to a" (b's anchor first), otherwise "from a to b". Only the anchors differ between the directions.
     */
    static int joint(float[] out, int o, BatchState state, EnvTables tables, int env, int slot, boolean fromB,
            int numMotorBindings, boolean sanitize) {
        JointTable j = state.joints;
        int r = j.row(env, slot);
        boolean fixed = j.isFixedJoint[r];
        out[o++] = flag(j.active[r]);
        out[o++] = flag(fixed);
        float ax = in(j.aRelativePosX[r], sanitize);
        float ay = in(j.aRelativePosY[r], sanitize);
        float bx = in(j.bRelativePosX[r], sanitize);
        float by = in(j.bRelativePosY[r], sanitize);
        out[o++] = fromB ? bx : ax;
        out[o++] = fromB ? by : ay;
        out[o++] = fromB ? ax : bx;
        out[o++] = fromB ? ay : by;
        float rotation = in(j.rotation[r], sanitize);
        out[o++] = sin(rotation);
        out[o++] = cos(rotation);
        // The revolute-only block is multiplied (not replaced) by (1 − is_fixed) and the limit terms by
        // has_joint_limits, as in the reference, so signed zeros match too.
        float revolute = fixed ? 0f : 1f;
        float limits = flag(j.motorHasJointLimits[r]);
        float min = in(j.minRotation[r], sanitize);
        float max = in(j.maxRotation[r], sanitize);
        out[o++] = in(j.motorSpeed[r], sanitize) * revolute;
        out[o++] = in(j.motorPower[r], sanitize) * revolute;
        out[o++] = flag(j.motorOn[r]) * revolute;
        out[o++] = limits * revolute;
        int start = o;
        o = oneHot(out, o, tables.motorBinding[tables.jointRow(env, slot)], numMotorBindings);
        for (int i = start; i < o; i++) {
            out[i] *= revolute;
        }
        out[o++] = sin(min) * limits * revolute;
        out[o++] = cos(min) * limits * revolute;
        out[o++] = sin(max) * limits * revolute;
        out[o++] = cos(max) * limits * revolute;
        out[o++] = (min - rotation) * limits * revolute;
        out[o++] = (max - rotation) * limits * revolute;
        return o;
    }

    /** The 6 + NTB thruster features. */
    static int thruster(float[] out, int o, BatchState state, EnvTables tables, int env, int slot,
            int numThrusterBindings, boolean sanitize) {
        ThrusterTable t = state.thrusters;
        int r = t.row(env, slot);
        out[o++] = flag(t.active[r]);
        out[o++] = in(t.relativePositionX[r], sanitize);
        out[o++] = in(t.relativePositionY[r], sanitize);
        o = oneHot(out, o, tables.thrusterBinding[tables.thrusterRow(env, slot)], numThrusterBindings);
        float rotation = in(t.rotation[r], sanitize);
        out[o++] = sin(rotation);
        out[o++] = cos(rotation);
        out[o++] = in(t.power[r], sanitize);
        return o;
    }

    /** The flat observations' polygon row: features of an active polygon, zeros otherwise. */
    static int flatPolygonRow(float[] out, int o, BatchState state, EnvTables tables, int env, int shape,
            int roles) {
        if (!state.shapes.active[state.shapes.row(env, shape)]) {
            return zeros(out, o, polygonWidth(roles));
        }
        return polygon(out, o, state, tables, env, shape, roles, false);
    }

    /** The flat observations' circle row: features of an active circle, zeros otherwise. */
    static int flatCircleRow(float[] out, int o, BatchState state, EnvTables tables, int env, int shape,
            int roles) {
        if (!state.shapes.active[state.shapes.row(env, shape)]) {
            return zeros(out, o, circleWidth(roles));
        }
        return circle(out, o, state, tables, env, shape, roles, false);
    }

    /** The flat observations' joint row: "from b to a" features, one-hot(b), one-hot(a); zeros if inactive. */
    static int flatJointRow(float[] out, int o, BatchState state, EnvTables tables, int env, int slot,
            int numMotorBindings) {
        JointTable j = state.joints;
        int r = j.row(env, slot);
        int n = state.config.numShapes();
        if (!j.active[r]) {
            return zeros(out, o, jointWidth(numMotorBindings) + 2 * n);
        }
        o = joint(out, o, state, tables, env, slot, true, numMotorBindings, false);
        o = oneHot(out, o, j.bShape[r], n);
        return oneHot(out, o, j.aShape[r], n);
    }

    /** The flat observations' thruster row: features, one-hot(parent); zeros if inactive. */
    static int flatThrusterRow(float[] out, int o, BatchState state, EnvTables tables, int env, int slot,
            int numThrusterBindings) {
        ThrusterTable t = state.thrusters;
        int r = t.row(env, slot);
        int n = state.config.numShapes();
        if (!t.active[r]) {
            return zeros(out, o, thrusterWidth(numThrusterBindings) + n);
        }
        o = thruster(out, o, state, tables, env, slot, numThrusterBindings, false);
        return oneHot(out, o, t.shape[r], n);
    }

    /**
     * The polygon slots the flat observations keep: the floor (slot 0) and the non-static slots F..P−1, dropping
     * the walls and ceiling (1..F−1). With no static slots every polygon is kept.
     */
    static int[] flatPolygonSlots(StaticConfig config) {
        int p = config.numPolygons();
        int f = config.numStaticFixatedPolys();
        if (f == 0) {
            int[] all = new int[p];
            Arrays.setAll(all, i -> i);
            return all;
        }
        int[] slots = new int[1 + p - f];
        for (int i = 1; i < slots.length; i++) {
            slots[i] = f + i - 1;
        }
        return slots;
    }

    /** Clips {@code out[from, to)} to [−10, 10] (±infinity to ±10), then replaces NaN by 0. */
    static void clipFlat(float[] out, int from, int to) {
        for (int i = from; i < to; i++) {
            float v = out[i];
            out[i] = v != v ? 0f : Math.clamp(v, -FLAT_CLIP, FLAT_CLIP);
        }
    }
}
