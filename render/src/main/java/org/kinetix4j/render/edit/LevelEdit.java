package org.kinetix4j.render.edit;

import org.kinetix4j.env.EnvTables;
import org.kinetix4j.env.Level;
import org.kinetix4j.physics2d.BatchState;
import org.kinetix4j.physics2d.CollisionMatrix;
import org.kinetix4j.physics2d.JointTable;
import org.kinetix4j.physics2d.MassProperties;
import org.kinetix4j.physics2d.Scene;
import org.kinetix4j.physics2d.ShapeTable;
import org.kinetix4j.physics2d.StaticConfig;
import org.kinetix4j.physics2d.ThrusterTable;

/**
 * A private, mutable copy of a level that one {@link EditCommand} changes; {@link #toLevel} turns it back into a
 * value. Holds the slot-level operations commands share (delete with dependants, mass from density, derived
 * positions), so that each command stays a few lines. Everything is environment 0 of a one-environment batch.
 */
public final class LevelEdit {
    /** Global shape index of the floor. */
    public static final int FLOOR = 0;

    private final Level original;
    /** The physics state being edited. */
    public final BatchState state;
    /** The Kinetix tables being edited. */
    public final EnvTables tables;
    /** Its capacities. */
    public final StaticConfig config;
    /** A scene builder on the copy (adds shapes, joints, thrusters with validation). */
    public final Scene scene;

    /** A copy of {@code level} to edit; the level itself is never changed. */
    public LevelEdit(Level level) {
        this.original = level;
        this.config = level.state().config;
        this.state = new BatchState(config, 1);
        this.tables = new EnvTables(config, 1);
        level.copyInto(state, tables, 0);
        this.scene = new Scene(state, 0);
    }

    /** The edited level as a new value (derived joint and thruster positions and collision matrix refreshed). */
    public Level toLevel() {
        refreshDerived();
        return Level.capture(original.name(), state, tables, 0, original.staticParams(), original.envParams());
    }

    /** The shapes table. */
    public ShapeTable shapes() {
        return state.shapes;
    }

    /** Row of global shape {@code shape} in the shapes table. */
    public int shapeRow(int shape) {
        return state.shapes.row(0, shape);
    }

    /** Row of joint slot {@code joint}. */
    public int jointRow(int joint) {
        return state.joints.row(0, joint);
    }

    /** Row of thruster slot {@code thruster}. */
    public int thrusterRow(int thruster) {
        return state.thrusters.row(0, thruster);
    }

    /** Whether global shape {@code shape} is a polygon (else a circle). */
    public boolean isPolygon(int shape) {
        return shape < config.numPolygons();
    }

    /** Whether {@code shape} is one of the static world polygons (floor, walls, ceiling). */
    public boolean isWorldPolygon(int shape) {
        return shape < config.numStaticFixatedPolys();
    }

    /** Requires an active, editable shape (any shape but the walls and ceiling; the floor may take a role). */
    public void requireShape(int shape) {
        if (shape < 0 || shape >= config.numShapes() || !state.shapes.active[shapeRow(shape)]) {
            throw new IllegalArgumentException("shape=" + shape + " is not an active shape");
        }
    }

    /** Requires a shape that may be moved, resized or deleted: active and not floor, wall or ceiling. */
    public void requireMovableShape(int shape) {
        requireShape(shape);
        if (isWorldPolygon(shape)) {
            throw new IllegalArgumentException("shape=" + shape + " is the floor, a wall or the ceiling");
        }
    }

    /** Requires an active joint slot. */
    public void requireJoint(int joint) {
        if (joint < 0 || joint >= config.numJoints() || !state.joints.active[jointRow(joint)]) {
            throw new IllegalArgumentException("joint=" + joint + " is not an active joint");
        }
    }

    /** Requires an active thruster slot. */
    public void requireThruster(int thruster) {
        if (thruster < 0 || thruster >= config.numThrusters() || !state.thrusters.active[thrusterRow(thruster)]) {
            throw new IllegalArgumentException("thruster=" + thruster + " is not an active thruster");
        }
    }

    /** Deactivates {@code shape} and every joint and thruster attached to it. */
    public void deleteShape(int shape) {
        requireMovableShape(shape);
        JointTable joints = state.joints;
        for (int j = 0; j < config.numJoints(); j++) {
            int row = jointRow(j);
            if (joints.active[row] && (joints.aShape[row] == shape || joints.bShape[row] == shape)) {
                deleteJoint(j);
            }
        }
        ThrusterTable thrusters = state.thrusters;
        for (int t = 0; t < config.numThrusters(); t++) {
            if (thrusters.active[thrusterRow(t)] && thrusters.shape[thrusterRow(t)] == shape) {
                deleteThruster(t);
            }
        }
        int row = shapeRow(shape);
        state.shapes.active[row] = false;
        state.shapes.velocityX[row] = 0f;
        state.shapes.velocityY[row] = 0f;
        state.shapes.angularVelocity[row] = 0f;
        tables.role[tables.shapeRow(0, shape)] = 0;
    }

    /** Deactivates joint slot {@code joint}. */
    public void deleteJoint(int joint) {
        requireJoint(joint);
        state.joints.active[jointRow(joint)] = false;
        tables.motorBinding[tables.jointRow(0, joint)] = 0;
        tables.motorAuto[tables.jointRow(0, joint)] = false;
    }

    /** Deactivates thruster slot {@code thruster}. */
    public void deleteThruster(int thruster) {
        requireThruster(thruster);
        state.thrusters.active[thrusterRow(thruster)] = false;
        tables.thrusterBinding[tables.thrusterRow(0, thruster)] = 0;
    }

    /** Density of {@code shape}, kg/m². */
    public float density(int shape) {
        return tables.density[tables.shapeRow(0, shape)];
    }

    /** Whether {@code shape} is fixated (inverse mass 0). */
    public boolean fixated(int shape) {
        return state.shapes.inverseMass[shapeRow(shape)] == 0f;
    }

    /**
     * Re-derives the inverse mass and inertia of {@code shape} from its geometry and density (0 when
     * {@code fixated}), as Kinetix's editor does after a density, size or fixation change.
     */
    public void setMass(int shape, boolean fixated) {
        ShapeTable shapes = state.shapes;
        int row = shapeRow(shape);
        float density = density(shape);
        if (fixated) {
            shapes.inverseMass[row] = 0f;
            shapes.inverseInertia[row] = 0f;
        } else if (isPolygon(shape)) {
            int v0 = shapes.vertex(0, shape, 0);
            int n = shapes.nVertices[row];
            shapes.inverseMass[row] = MassProperties.polygonInverseMass(shapes.vertexX, shapes.vertexY, v0, n, density);
            shapes.inverseInertia[row] =
                    MassProperties.polygonInverseInertia(shapes.vertexX, shapes.vertexY, v0, n, density);
        } else {
            shapes.inverseMass[row] = MassProperties.circleInverseMass(shapes.radius[row], density);
            shapes.inverseInertia[row] = MassProperties.circleInverseInertia(shapes.radius[row], density);
        }
    }

    /** Mass of {@code shape}, kg (0 for a fixated one). */
    public float mass(int shape) {
        float inverseMass = state.shapes.inverseMass[shapeRow(shape)];
        return inverseMass == 0f ? 0f : 1f / inverseMass;
    }

    /** Recomputes joint and thruster world positions and the collision matrix from the current geometry. */
    public void refreshDerived() {
        scene.recomputeGlobalJointPositions();
        CollisionMatrix.recompute(state, 0);
    }
}
