package org.kinetix4j.env;

import org.kinetix4j.physics2d.BatchState;
import org.kinetix4j.physics2d.BodyOptions;
import org.kinetix4j.physics2d.Scene;
import org.kinetix4j.physics2d.ShapeRef;
import org.kinetix4j.physics2d.StaticConfig;

/** Small levels built with the scene API, whose outcome is known in advance. */
public final class TestLevels {
    /**
     * Physics step at which a circle of radius 0.5 dropped from y = 1.5 first touches the floor (spec jax2d.md
     * B8): with frame skip 2 that is agent step 11.
     */
    public static final int DROP_CONTACT_PHYSICS_STEP = 22;

    private TestLevels() {
    }

    /** A green circle (r 0.5) dropped from (2.5, 1.5) onto a floor of role {@code floorRole}. */
    public static Level dropOntoFloor(Role floorRole) {
        StaticConfig config = StaticConfig.small();
        BatchState state = new BatchState(config, 1);
        EnvTables tables = new EnvTables(config, 1);
        Scene scene = new Scene(state, 0).createEmpty();
        ShapeRef ball = scene.addCircle(2.5f, 1.5f, 0.5f, BodyOptions.defaults());
        tables.role[tables.shapeRow(0, 0)] = floorRole.code;
        tables.role[tables.shapeRow(0, ball.shape())] = Role.GREEN.code;
        return capture("drop-onto-" + floorRole, state, tables);
    }

    /** A green circle resting on a grey floor, the blue goal out of reach: nothing ever happens. */
    public static Level idle() {
        StaticConfig config = StaticConfig.small();
        BatchState state = new BatchState(config, 1);
        EnvTables tables = new EnvTables(config, 1);
        Scene scene = new Scene(state, 0).createEmpty();
        ShapeRef ball = scene.addCircle(1f, 0.89f, 0.5f, BodyOptions.defaults());
        ShapeRef goal = scene.addCircle(4f, 4f, 0.3f, BodyOptions.defaults().withFixated(true));
        tables.role[tables.shapeRow(0, ball.shape())] = Role.GREEN.code;
        tables.role[tables.shapeRow(0, goal.shape())] = Role.BLUE.code;
        return capture("idle", state, tables);
    }

    /** A green circle overlapping a fixated blue box and a fixated red box from the start (size M). */
    public static Level touchingBlueAndRed() {
        StaticConfig config = StaticConfig.medium();
        BatchState state = new BatchState(config, 1);
        EnvTables tables = new EnvTables(config, 1);
        Scene scene = new Scene(state, 0).createEmpty();
        BodyOptions fixed = BodyOptions.defaults().withFixated(true);
        ShapeRef blue = scene.addRectangle(2f, 3f, 0.8f, 0.8f, fixed);
        ShapeRef red = scene.addRectangle(3f, 3f, 0.8f, 0.8f, fixed);
        ShapeRef ball = scene.addCircle(2.5f, 3f, 0.2f, BodyOptions.defaults());
        tables.role[tables.shapeRow(0, blue.shape())] = Role.BLUE.code;
        tables.role[tables.shapeRow(0, red.shape())] = Role.RED.code;
        tables.role[tables.shapeRow(0, ball.shape())] = Role.GREEN.code;
        return capture("touching-blue-and-red", state, tables);
    }

    private static Level capture(String name, BatchState state, EnvTables tables) {
        return Level.capture(name, state, tables, 0, KinetixStaticParams.forConfig(state.config), EnvParams.defaults());
    }
}
