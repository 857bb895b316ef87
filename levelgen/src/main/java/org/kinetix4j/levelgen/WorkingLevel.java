package org.kinetix4j.levelgen;

import java.util.Arrays;
import org.kinetix4j.env.EnvParams;
import org.kinetix4j.env.EnvTables;
import org.kinetix4j.env.KinetixStaticParams;
import org.kinetix4j.env.Level;
import org.kinetix4j.physics2d.BatchState;
import org.kinetix4j.physics2d.CollisionMatrix;
import org.kinetix4j.physics2d.JointTable;
import org.kinetix4j.physics2d.ManifoldTable;
import org.kinetix4j.physics2d.Scene;
import org.kinetix4j.physics2d.ShapeTable;
import org.kinetix4j.physics2d.StaticConfig;
import org.kinetix4j.physics2d.ThrusterTable;

/**
 * The mutable scratch a generator or mutator edits: a one-environment physics state plus its Kinetix tables,
 * with the slot queries the reference's generation code asks ("first free slot", "how many green shapes").
 * Every public entry point copies a {@link Level} in or out; nothing here escapes the package.
 */
final class WorkingLevel {
    final KinetixStaticParams staticParams;
    final EnvParams envParams;
    final StaticConfig config;
    final BatchState state;
    final EnvTables tables;
    final ShapeTable shapes;
    final JointTable joints;
    final ThrusterTable thrusters;

    /** A blank state (every slot inactive, no floor) of the given size. */
    WorkingLevel(KinetixStaticParams staticParams, EnvParams envParams) {
        this.staticParams = staticParams;
        this.envParams = envParams;
        this.config = staticParams.physics();
        this.state = new BatchState(config, 1);
        this.tables = new EnvTables(config, 1);
        this.shapes = state.shapes;
        this.joints = state.joints;
        this.thrusters = state.thrusters;
        state.setParams(0, envParams.physics());
    }

    /** Kinetix's empty level (spec §1.5): floor, walls and ceiling, roles 0, densities 1, bindings 0. */
    static WorkingLevel emptyScene(KinetixStaticParams staticParams, EnvParams envParams) {
        WorkingLevel w = new WorkingLevel(staticParams, envParams);
        new Scene(w.state, 0).createEmpty();
        return w;
    }

    /** A working copy of {@code level}. */
    static WorkingLevel of(Level level) {
        WorkingLevel w = new WorkingLevel(level.staticParams(), level.envParams());
        level.copyInto(w.state, w.tables, 0);
        return w;
    }

    /** Overwrites this scratch with {@code other} (same capacities). */
    void copyFrom(WorkingLevel other) {
        other.state.copyEnv(0, state, 0);
        other.tables.copyEnv(0, tables, 0);
    }

    /**
     * The level this scratch holds. Warm-start contact caches are cleared (proposal filtering and settling steps
     * fill them) and the status bits too, so the level is what a loader would produce from its file.
     */
    Level toLevel(String name) {
        for (ManifoldTable m : new ManifoldTable[] {state.polyPolyManifolds, state.circlePolyManifolds,
            state.circleCircleManifolds}) {
            clear(m);
        }
        state.status[0] = 0;
        return Level.capture(name, state, tables, 0, staticParams, envParams);
    }

    private static void clear(ManifoldTable m) {
        int n = m.pointsPerEnv;
        for (float[] a : new float[][] {m.normalX, m.normalY, m.penetration, m.collisionPointX, m.collisionPointY,
            m.accImpulseNormal, m.accImpulseTangent, m.restitutionVelocityTarget}) {
            Arrays.fill(a, 0, n, 0f);
        }
        Arrays.fill(m.active, 0, n, false);
    }

    int numPolygons() {
        return config.numPolygons();
    }

    int numCircles() {
        return config.numCircles();
    }

    int numShapes() {
        return config.numShapes();
    }

    int numStatic() {
        return config.numStaticFixatedPolys();
    }

    /** Row of global shape {@code shape} in the shape table. */
    int row(int shape) {
        return shapes.row(0, shape);
    }

    /** Index of vertex row {@code k} of polygon {@code shape}. */
    int vertex(int shape, int k) {
        return shapes.vertex(0, shape, k);
    }

    boolean active(int shape) {
        return shapes.active[row(shape)];
    }

    boolean fixated(int shape) {
        return shapes.inverseMass[row(shape)] == 0f;
    }

    boolean isPolygon(int shape) {
        return shape < config.numPolygons();
    }

    int role(int shape) {
        return tables.role[tables.shapeRow(0, shape)];
    }

    void setRole(int shape, int role) {
        tables.role[tables.shapeRow(0, shape)] = role;
    }

    float density(int shape) {
        return tables.density[tables.shapeRow(0, shape)];
    }

    /** Lowest inactive polygon slot (a global index), or −1. */
    int firstFreePolygon() {
        for (int p = 0; p < numPolygons(); p++) {
            if (!active(p)) {
                return p;
            }
        }
        return -1;
    }

    /** Lowest inactive circle slot as a global index, or −1. */
    int firstFreeCircle() {
        for (int s = numPolygons(); s < numShapes(); s++) {
            if (!active(s)) {
                return s;
            }
        }
        return -1;
    }

    /** Lowest inactive joint slot, or −1. */
    int firstFreeJoint() {
        for (int j = 0; j < config.numJoints(); j++) {
            if (!joints.active[joints.row(0, j)]) {
                return j;
            }
        }
        return -1;
    }

    /** Lowest inactive thruster slot, or −1. */
    int firstFreeThruster() {
        for (int t = 0; t < config.numThrusters(); t++) {
            if (!thrusters.active[thrusters.row(0, t)]) {
                return t;
            }
        }
        return -1;
    }

    boolean jointActive(int slot) {
        return joints.active[joints.row(0, slot)];
    }

    boolean thrusterActive(int slot) {
        return thrusters.active[thrusters.row(0, slot)];
    }

    int activeJointCount() {
        int n = 0;
        for (int j = 0; j < config.numJoints(); j++) {
            n += jointActive(j) ? 1 : 0;
        }
        return n;
    }

    int activeThrusterCount() {
        int n = 0;
        for (int t = 0; t < config.numThrusters(); t++) {
            n += thrusterActive(t) ? 1 : 0;
        }
        return n;
    }

    /** Active polygon slots, static ones included. */
    int activePolygonCount() {
        int n = 0;
        for (int p = 0; p < numPolygons(); p++) {
            n += active(p) ? 1 : 0;
        }
        return n;
    }

    int activeCircleCount() {
        int n = 0;
        for (int s = numPolygons(); s < numShapes(); s++) {
            n += active(s) ? 1 : 0;
        }
        return n;
    }

    /** Reference {@code is_space_for_shape}: any inactive shape slot. */
    boolean spaceForShape() {
        return firstFreePolygon() >= 0 || firstFreeCircle() >= 0;
    }

    /** Reference {@code are_there_shapes_present}: any active non-static shape. */
    boolean shapesPresent() {
        for (int s = numStatic(); s < numShapes(); s++) {
            if (active(s)) {
                return true;
            }
        }
        return false;
    }

    /** Active shapes with role {@code role}; {@code includeStatic} counts the floor, walls and ceiling too. */
    int countRole(int role, boolean includeStatic) {
        int n = 0;
        for (int s = includeStatic ? 0 : numStatic(); s < numShapes(); s++) {
            n += active(s) && role(s) == role ? 1 : 0;
        }
        return n;
    }

    /** Weights 1 for every active non-static shape (global index), 0 elsewhere. */
    float[] activeNonStaticWeights() {
        float[] w = new float[numShapes()];
        for (int s = numStatic(); s < numShapes(); s++) {
            w[s] = active(s) ? 1f : 0f;
        }
        return w;
    }

    /** Reference {@code recalculate_mass_and_inertia} with the stored densities. */
    void recalculateMass() {
        float[] polygonDensities = new float[numPolygons()];
        float[] circleDensities = new float[numCircles()];
        for (int p = 0; p < numPolygons(); p++) {
            polygonDensities[p] = density(p);
        }
        for (int c = 0; c < numCircles(); c++) {
            circleDensities[c] = density(numPolygons() + c);
        }
        new Scene(state, 0).recalculateMassAndInertia(polygonDensities, circleDensities);
    }

    /** Rewrites the collision matrix from the active joints (spec §1.6). */
    void recomputeCollisionMatrix() {
        CollisionMatrix.recompute(state, 0);
    }

    /** Whether shapes {@code a} and {@code b} may collide (false on the diagonal and within a jointed group). */
    boolean mayCollide(int a, int b) {
        return state.collisionMatrix[state.matrixIndex(0, a, b)];
    }
}
