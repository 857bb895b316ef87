package org.kinetix4j.env.levels;

import static org.kinetix4j.env.levels.LevelBuilder.FLOOR_TOP;

import java.util.List;
import org.kinetix4j.env.Level;
import org.kinetix4j.env.LevelSize;
import org.kinetix4j.env.Role;
import org.kinetix4j.physics2d.BodyOptions;
import org.kinetix4j.physics2d.ShapeRef;

/** Thruster aiming: fire fixed-direction thrusters to fly a green ship into the goal. */
public final class ThrusterLevels {
    /** Thruster rotation that pushes its parent up. */
    static final float UP = (float) (Math.PI / 2);
    /** Thruster rotation that pushes its parent right. */
    static final float RIGHT = 0f;
    /** Thruster rotation that pushes its parent left. */
    static final float LEFT = (float) Math.PI;
    private static final float SHIP_SIZE = 0.3f;
    /** Power of an upward main engine on a {@link #SHIP_SIZE} ship: 1.5 N against 0.9 N of weight. */
    private static final float MAIN_ENGINE = 0.15f;
    /** Power of a sideways engine on a {@link #SHIP_SIZE} ship: 0.3 N. */
    private static final float SIDE_ENGINE = 0.03f;

    private ThrusterLevels() {
    }

    /** Every level of this family. */
    public static List<HandmadeLevel> levels() {
        return List.of(
                new HandmadeLevel("rocket_up", "Fire the single engine to rise into the blue ball overhead.",
                        LevelSize.S, TaskFamily.THRUSTERS, ThrusterLevels::rocketUp),
                new HandmadeLevel("thrust_aim", "One diagonal engine: time the burst so the ship arcs over the red"
                        + " ball into the blue one.", LevelSize.S, TaskFamily.THRUSTERS, ThrusterLevels::thrustAim),
                new HandmadeLevel("thrust_pick_side", "Two opposite engines on a puck: push towards blue, not"
                        + " red.", LevelSize.M, TaskFamily.THRUSTERS, ThrusterLevels::thrustPickSide),
                new HandmadeLevel("thrust_over_wall", "Lift off, clear the wall with the side engine and land on"
                        + " the blue ball.", LevelSize.M, TaskFamily.THRUSTERS, ThrusterLevels::thrustOverWall),
                new HandmadeLevel("thrust_needle", "Slide out from under the red block, then climb through the"
                        + " gap to the blue ball.", LevelSize.M, TaskFamily.THRUSTERS, ThrusterLevels::thrustNeedle));
    }

    /** S: a green ship with one upward engine; the goal hangs straight above, a red ball to the side. */
    static Level rocketUp() {
        final float shipX = 1.5f;
        LevelBuilder b = new LevelBuilder(LevelSize.S);
        ShapeRef ship = b.box(shipX, FLOOR_TOP + 0.2f, 0.4f, 0.4f, Role.GREEN);
        b.thruster(ship, 0f, -0.2f, UP, 0.6f, 0);
        b.fixedCircle(shipX, 4.3f, 0.3f, Role.BLUE);
        b.fixedCircle(3.4f, 2.6f, 0.5f, Role.RED);
        return b.build("rocket_up");
    }

    /** S: one engine at 55° on a green ship; a red ball sits under the ballistic path to the goal. */
    static Level thrustAim() {
        final float engineAngle = (float) Math.toRadians(55);
        LevelBuilder b = new LevelBuilder(LevelSize.S);
        ShapeRef ship = b.box(0.5f, FLOOR_TOP + SHIP_SIZE / 2f, SHIP_SIZE, SHIP_SIZE, Role.GREEN);
        b.thruster(ship, 0f, 0f, engineAngle, 0.4f, 0);
        b.fixedCircle(4.3f, 3.6f, 0.3f, Role.BLUE);
        b.fixedCircle(2.5f, 1.6f, 0.5f, Role.RED);
        return b.build("thrust_aim");
    }

    /** M: a low-friction puck with a left and a right engine, blue ball on the left, red ball on the right. */
    static Level thrustPickSide() {
        LevelBuilder b = new LevelBuilder(LevelSize.M);
        ShapeRef puck = b.box(2.5f, FLOOR_TOP + 0.15f, 0.5f, 0.3f, Role.GREEN,
                BodyOptions.defaults().withFriction(0.2f));
        b.thruster(puck, 0.25f, 0f, LEFT, 0.5f, 0);
        b.thruster(puck, -0.25f, 0f, RIGHT, 0.5f, 1);
        b.fixedCircle(0.5f, FLOOR_TOP + 0.35f, 0.35f, Role.BLUE);
        b.fixedCircle(4.5f, FLOOR_TOP + 0.35f, 0.35f, Role.RED);
        b.fixedBox(2.5f, 3.5f, 1.2f, 0.2f, Role.NONE);
        return b.build("thrust_pick_side");
    }

    /** M: a wall splits the room; main engine up, side engine right; the goal waits behind the wall. */
    static Level thrustOverWall() {
        final float wallHeight = 2.4f;
        LevelBuilder b = new LevelBuilder(LevelSize.M);
        ShapeRef ship = b.box(1.0f, FLOOR_TOP + SHIP_SIZE / 2f, SHIP_SIZE, SHIP_SIZE, Role.GREEN);
        b.thruster(ship, 0f, -SHIP_SIZE / 2f, UP, MAIN_ENGINE, 0);
        b.thruster(ship, -SHIP_SIZE / 2f, 0f, RIGHT, SIDE_ENGINE, 1);
        b.fixedBox(2.5f, FLOOR_TOP + wallHeight / 2f, 0.3f, wallHeight, Role.NONE);
        b.fixedCircle(4.0f, FLOOR_TOP + 0.3f, 0.3f, Role.BLUE);
        b.fixedCircle(2.5f, 4.6f, 0.4f, Role.RED);
        return b.build("thrust_over_wall");
    }

    /** M: the ship starts under a red block; a red ball narrows the way up to the blue goal. */
    static Level thrustNeedle() {
        LevelBuilder b = new LevelBuilder(LevelSize.M);
        ShapeRef ship = b.box(0.8f, FLOOR_TOP + SHIP_SIZE / 2f, SHIP_SIZE, SHIP_SIZE, Role.GREEN);
        b.thruster(ship, 0f, -SHIP_SIZE / 2f, UP, MAIN_ENGINE, 0);
        b.thruster(ship, -SHIP_SIZE / 2f, 0f, RIGHT, SIDE_ENGINE, 1);
        b.fixedBox(0.9f, 2.0f, 1.8f, 0.3f, Role.RED);
        b.fixedCircle(3.7f, 2.0f, 0.6f, Role.RED);
        b.fixedCircle(3.1f, 4.4f, 0.3f, Role.BLUE);
        return b.build("thrust_needle");
    }
}
