package org.kinetix4j.levelgen;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.kinetix4j.env.EnvTables;
import org.kinetix4j.env.Level;
import org.kinetix4j.physics2d.BatchState;
import org.kinetix4j.physics2d.CollisionMatrix;
import org.kinetix4j.physics2d.JointTable;
import org.kinetix4j.physics2d.MassProperties;
import org.kinetix4j.physics2d.ShapeTable;
import org.kinetix4j.physics2d.StaticConfig;
import org.kinetix4j.physics2d.ThrusterTable;

/**
 * The invariants every generated level satisfies (spec kinetix.md §6.3), as a list of violations naming the slot
 * and field. {@link #structural} holds for every generated or mutated level; {@link #all} adds the role guarantee
 * (a green shape and a blue target), which holds for generated levels and ACCEL mutations but not after a shape
 * removal, which may remove the green shape.
 */
public final class LevelInvariants {
    /** Largest |vertex mean| of a dynamic polygon, m: recalculation centres them up to float rounding. */
    private static final float CENTRE_TOLERANCE = 1e-5f;
    /** Relative tolerance of the mass check: a few float32 ulps. */
    private static final float MASS_TOLERANCE = 1e-5f;

    private LevelInvariants() {
    }

    /** Structural and role violations of {@code level} (empty when it is valid). */
    public static List<String> all(Level level) {
        List<String> out = structural(level);
        LevelSummary summary = LevelSummary.of(level);
        if (summary.roleCounts()[1] + (summary.floorRole() == 1 ? 1 : 0) == 0) {
            out.add("no green shape (role 1)");
        }
        if (summary.roleCounts()[2] + (summary.floorRole() == 2 ? 1 : 0) == 0) {
            out.add("no blue target (role 2 shape or floor)");
        }
        return out;
    }

    /**
     * Violations of: finite values everywhere, static slots 0..F−1 active and fixated, roles 0..3, bindings in
     * range, joints and thrusters of active slots naming active shapes (two different ones for a joint), fixated
     * shapes with zero inverse inertia, dynamic masses equal (to float rounding) to those recomputed from the
     * stored densities, dynamic polygons centred on their vertex mean, and the collision matrix equal to the
     * joints' one.
     */
    public static List<String> structural(Level level) {
        Objects.requireNonNull(level, "level");
        List<String> out = new ArrayList<>();
        BatchState state = level.state();
        checkShapes(level, out);
        checkJoints(level, out);
        checkThrusters(level, out);
        BatchState copy = new BatchState(state.config, 1);
        state.copyEnv(0, copy, 0);
        CollisionMatrix.recompute(copy, 0);
        for (int i = 0; i < state.collisionMatrix.length; i++) {
            if (copy.collisionMatrix[i] != state.collisionMatrix[i]) {
                out.add("collisionMatrix[" + i + "] does not match the joints");
                break;
            }
        }
        return out;
    }

    private static void checkShapes(Level level, List<String> out) {
        BatchState state = level.state();
        EnvTables tables = level.tables();
        StaticConfig c = state.config;
        ShapeTable s = state.shapes;
        for (int shape = 0; shape < c.numShapes(); shape++) {
            int row = s.row(0, shape);
            String name = "shape " + shape;
            finite(out, name, "position", s.positionX[row], s.positionY[row], s.rotation[row], s.velocityX[row],
                    s.velocityY[row], s.angularVelocity[row], s.inverseMass[row], s.inverseInertia[row],
                    s.radius[row]);
            for (int k = 0; k < StaticConfig.VERTICES; k++) {
                finite(out, name, "vertex " + k, s.vertexX[s.vertex(0, shape, k)], s.vertexY[s.vertex(0, shape, k)]);
            }
            int role = tables.role[tables.shapeRow(0, shape)];
            if (role < 0 || role > 3) {
                out.add(name + ": role=" + role + " is not 0..3");
            }
            if (shape < c.numStaticFixatedPolys()) {
                if (!s.active[row] || s.inverseMass[row] != 0f) {
                    out.add(name + ": a static world polygon must be active and fixated");
                }
            } else if (s.active[row]) {
                checkMass(level, shape, out);
            }
        }
    }

    private static void checkMass(Level level, int shape, List<String> out) {
        ShapeTable s = level.state().shapes;
        StaticConfig c = level.state().config;
        int row = s.row(0, shape);
        String name = "shape " + shape;
        if (s.inverseMass[row] == 0f) {
            if (s.inverseInertia[row] != 0f) {
                out.add(name + ": fixated (inverseMass=0) but inverseInertia=" + s.inverseInertia[row]);
            }
            return;
        }
        float density = level.tables().density[level.tables().shapeRow(0, shape)];
        float mass;
        float inertia;
        if (c.isPolygon(shape)) {
            int v0 = s.vertex(0, shape, 0);
            int n = s.nVertices[row];
            if (n < 3 || n > 4) {
                out.add(name + ": nVertices=" + n + " must be 3 or 4");
                return;
            }
            mass = MassProperties.polygonInverseMass(s.vertexX, s.vertexY, v0, n, density);
            inertia = MassProperties.polygonInverseInertia(s.vertexX, s.vertexY, v0, n, density);
            float mx = MassProperties.vertexMeanX(s.vertexX, v0, n);
            float my = MassProperties.vertexMeanY(s.vertexY, v0, n);
            if (Math.abs(mx) > CENTRE_TOLERANCE || Math.abs(my) > CENTRE_TOLERANCE) {
                out.add(name + ": dynamic polygon not centred, vertex mean (" + mx + ", " + my + ")");
            }
        } else {
            mass = MassProperties.circleInverseMass(s.radius[row], density);
            inertia = MassProperties.circleInverseInertia(s.radius[row], density);
        }
        if (!close(mass, s.inverseMass[row]) || !close(inertia, s.inverseInertia[row])) {
            out.add(name + ": inverseMass=" + s.inverseMass[row] + ", inverseInertia=" + s.inverseInertia[row]
                    + " but density " + density + " gives " + mass + ", " + inertia);
        }
    }

    /**
     * Equal up to float rounding: the reference computes a polygon's mass before centring it and its inertia
     * after, so recomputing from the stored (centred) vertices may differ in the last bits for triangles.
     */
    private static boolean close(float expected, float actual) {
        return Math.abs(expected - actual) <= MASS_TOLERANCE * Math.abs(expected);
    }

    private static void checkJoints(Level level, List<String> out) {
        BatchState state = level.state();
        JointTable j = state.joints;
        int n = state.config.numShapes();
        for (int slot = 0; slot < state.config.numJoints(); slot++) {
            int row = j.row(0, slot);
            String name = "joint " + slot;
            finite(out, name, "fields", j.aRelativePosX[row], j.aRelativePosY[row], j.bRelativePosX[row],
                    j.bRelativePosY[row], j.globalPositionX[row], j.globalPositionY[row], j.motorSpeed[row],
                    j.motorPower[row], j.minRotation[row], j.maxRotation[row], j.rotation[row]);
            if (!j.active[row]) {
                continue;
            }
            int a = j.aShape[row];
            int b = j.bShape[row];
            if (a < 0 || a >= n || b < 0 || b >= n || a == b) {
                out.add(name + ": a=" + a + ", b=" + b + " must be two different shapes 0.." + (n - 1));
            } else if (!state.shapes.active[state.shapes.row(0, a)] || !state.shapes.active[state.shapes.row(0, b)]) {
                out.add(name + ": a=" + a + " or b=" + b + " is an inactive shape");
            }
            int binding = level.tables().motorBinding[level.tables().jointRow(0, slot)];
            if (binding < 0 || binding >= level.staticParams().numMotorBindings()) {
                out.add(name + ": motorBinding=" + binding + " is not a motor channel");
            }
        }
    }

    private static void checkThrusters(Level level, List<String> out) {
        BatchState state = level.state();
        ThrusterTable t = state.thrusters;
        for (int slot = 0; slot < state.config.numThrusters(); slot++) {
            int row = t.row(0, slot);
            String name = "thruster " + slot;
            finite(out, name, "fields", t.relativePositionX[row], t.relativePositionY[row], t.rotation[row],
                    t.power[row], t.globalPositionX[row], t.globalPositionY[row]);
            if (!t.active[row]) {
                continue;
            }
            int parent = t.shape[row];
            if (parent < 0 || parent >= state.config.numShapes()
                    || !state.shapes.active[state.shapes.row(0, parent)]) {
                out.add(name + ": shape=" + parent + " is not an active shape");
            }
            int binding = level.tables().thrusterBinding[level.tables().thrusterRow(0, slot)];
            if (binding < 0 || binding >= level.staticParams().numThrusterBindings()) {
                out.add(name + ": thrusterBinding=" + binding + " is not a thruster channel");
            }
        }
    }

    private static void finite(List<String> out, String name, String what, float... values) {
        for (float v : values) {
            if (!Float.isFinite(v)) {
                out.add(name + ": non-finite " + what + " value " + v);
                return;
            }
        }
    }
}
