package org.kinetix4j.env.levels;

import java.util.Objects;
import org.kinetix4j.env.EnvParams;
import org.kinetix4j.env.EnvTables;
import org.kinetix4j.env.KinetixStaticParams;
import org.kinetix4j.env.Level;
import org.kinetix4j.env.LevelSize;
import org.kinetix4j.env.Role;
import org.kinetix4j.physics2d.BatchState;
import org.kinetix4j.physics2d.BodyOptions;
import org.kinetix4j.physics2d.JointOptions;
import org.kinetix4j.physics2d.Maths;
import org.kinetix4j.physics2d.Scene;
import org.kinetix4j.physics2d.ShapeRef;
import org.kinetix4j.physics2d.ShapeTable;
import org.kinetix4j.physics2d.StaticConfig;

/**
 * A small layer over {@link Scene} for writing hand-made levels readably: every shape gets its role as it is
 * added, joints can be pinned at a world point instead of two local anchors, and {@link #build} captures the
 * result as a {@link Level} with Kinetix's parameters (frame skip 2, dense reward scale 0.1, 256 steps).
 *
 * <p>The world is Kinetix's empty scene: x in [0, 5], the floor's top at y = {@value #FLOOR_TOP}, the ceiling at
 * y = 5. Capacities are those of the chosen size; adding more than it holds throws.
 */
public final class LevelBuilder {
    /** Height of the floor's top surface, m. */
    public static final float FLOOR_TOP = 0.4f;
    /** Width and height of the visible world, m. */
    public static final float WORLD_SIZE = 5f;
    /** Global shape index of the floor. */
    public static final int FLOOR = 0;

    private static final BodyOptions DYNAMIC = BodyOptions.defaults();
    private static final BodyOptions FIXED = BodyOptions.defaults().withFixated(true);

    private final StaticConfig config;
    private final BatchState state;
    private final EnvTables tables;
    private final Scene scene;

    /** An empty level of {@code size}: floor, walls and ceiling, all grey. */
    public LevelBuilder(LevelSize size) {
        this.config = size.config();
        this.state = new BatchState(config, 1);
        this.tables = new EnvTables(config, 1);
        this.scene = new Scene(state, 0).createEmpty();
    }

    /** Gives the floor a role (red = lava floor, blue = touch the floor, green = the floor is the ball). */
    public LevelBuilder floor(Role role) {
        setRole(FLOOR, role);
        return this;
    }

    /** The floor as a shape, e.g. to pin a hinge to it. */
    public ShapeRef floorShape() {
        return new ShapeRef(FLOOR, FLOOR, true);
    }

    /** A dynamic circle of density 1. */
    public ShapeRef circle(float x, float y, float radius, Role role) {
        return circle(x, y, radius, role, DYNAMIC);
    }

    /** A fixated (immovable) circle. */
    public ShapeRef fixedCircle(float x, float y, float radius, Role role) {
        return circle(x, y, radius, role, FIXED);
    }

    /** A circle with explicit body options. */
    public ShapeRef circle(float x, float y, float radius, Role role, BodyOptions options) {
        return withRole(scene.addCircle(x, y, radius, options), role, options);
    }

    /** A dynamic axis-aligned box of density 1 centred at (x, y). */
    public ShapeRef box(float x, float y, float width, float height, Role role) {
        return box(x, y, width, height, role, DYNAMIC);
    }

    /** A fixated box centred at (x, y), optionally rotated by {@code rotation} radians. */
    public ShapeRef fixedBox(float x, float y, float width, float height, float rotation, Role role) {
        return box(x, y, width, height, role, FIXED.withRotation(rotation));
    }

    /** A fixated axis-aligned box centred at (x, y). */
    public ShapeRef fixedBox(float x, float y, float width, float height, Role role) {
        return box(x, y, width, height, role, FIXED);
    }

    /** A box with explicit body options (rotation, density, friction, fixation…). */
    public ShapeRef box(float x, float y, float width, float height, Role role, BodyOptions options) {
        return withRole(scene.addRectangle(x, y, width, height, options), role, options);
    }

    /**
     * A convex polygon of 3 or 4 vertices given clockwise relative to (x, y); its position moves to the vertex
     * mean, as in Jax2D.
     */
    public ShapeRef polygon(float x, float y, float[] vertexX, float[] vertexY, Role role, BodyOptions options) {
        return withRole(scene.addPolygon(x, y, vertexX, vertexY, options), role, options);
    }

    /** A fixated triangle or quadrilateral with world-space vertices given clockwise. */
    public ShapeRef fixedPolygon(float[] worldX, float[] worldY, Role role) {
        return polygon(0f, 0f, worldX, worldY, role, FIXED);
    }

    /**
     * A motorised revolute joint pinning {@code a} and {@code b} together at world point (x, y); positive motor
     * commands spin {@code b} counter-clockwise relative to {@code a}.
     *
     * @param binding the motor action channel (0..3) that drives it
     * @return the joint slot
     */
    public int motorAt(ShapeRef a, ShapeRef b, float x, float y, JointOptions options, int binding) {
        int slot = pinAt(a, b, x, y, options);
        tables.motorBinding[tables.jointRow(0, slot)] = binding;
        return slot;
    }

    /** A revolute joint (passive unless {@code options} has a motor) at world point (x, y); returns its slot. */
    public int pinAt(ShapeRef a, ShapeRef b, float x, float y, JointOptions options) {
        float[] la = toLocal(a.shape(), x, y);
        float[] lb = toLocal(b.shape(), x, y);
        return scene.addRevoluteJoint(a.shape(), b.shape(), la[0], la[1], lb[0], lb[1], options);
    }

    /** A passive, limitless revolute joint at world point (x, y); returns its slot. */
    public int pinAt(ShapeRef a, ShapeRef b, float x, float y) {
        return pinAt(a, b, x, y, JointOptions.defaults());
    }

    /** A fixed joint (weld) at world point (x, y) keeping the current relative angle; returns its slot. */
    public int weldAt(ShapeRef a, ShapeRef b, float x, float y) {
        float[] la = toLocal(a.shape(), x, y);
        float[] lb = toLocal(b.shape(), x, y);
        ShapeTable shapes = state.shapes;
        float rotation = shapes.rotation[shapes.row(0, b.shape())] - shapes.rotation[shapes.row(0, a.shape())];
        return scene.addFixedJoint(a.shape(), b.shape(), la[0], la[1], lb[0], lb[1], rotation);
    }

    /**
     * A thruster on {@code shape} at its local offset (relX, relY), pushing along {@code rotation} (radians,
     * relative to the shape: 0 pushes the shape towards +x, π/2 towards +y) with force {@code power} × 10 N.
     *
     * @param binding the thruster action channel (0 or 1) that fires it
     * @return the thruster slot
     */
    public int thruster(ShapeRef shape, float relX, float relY, float rotation, float power, int binding) {
        int slot = scene.addThruster(shape.shape(), relX, relY, rotation, power);
        tables.thrusterBinding[tables.thrusterRow(0, slot)] = binding;
        return slot;
    }

    /** The finished level, named {@code name}, with Kinetix's default parameters for its size. */
    public Level build(String name) {
        Objects.requireNonNull(name, "name");
        scene.recomputeGlobalJointPositions();
        return Level.capture(name, state, tables, 0, KinetixStaticParams.forConfig(config), EnvParams.defaults());
    }

    private ShapeRef withRole(ShapeRef ref, Role role, BodyOptions options) {
        setRole(ref.shape(), role);
        tables.density[tables.shapeRow(0, ref.shape())] = options.density();
        return ref;
    }

    private void setRole(int shape, Role role) {
        tables.role[tables.shapeRow(0, shape)] = Objects.requireNonNull(role, "role").code;
    }

    /** World point (x, y) in the local frame of {@code shape} (relative to its centroid, unrotated). */
    private float[] toLocal(int shape, float x, float y) {
        ShapeTable shapes = state.shapes;
        int row = shapes.row(0, shape);
        float dx = x - shapes.positionX[row];
        float dy = y - shapes.positionY[row];
        float c = Maths.cos(shapes.rotation[row]);
        float s = Maths.sin(shapes.rotation[row]);
        return new float[] {c * dx + s * dy, -s * dx + c * dy};
    }
}
